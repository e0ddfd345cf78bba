// Export of the exchange package, read in one transaction so that the file written is one
// consistent state of the database.
import type { LedgerPackage } from '@/domain/types'
import type { LedgerDb } from './database'
import { readLedgerPackage, type PackageQuery } from './ledger-package'

export type ExportQuery = PackageQuery

/** The normalised package of the live rows asked for (all units and years by default). */
export async function exportPackage(db: LedgerDb, q: ExportQuery = {}): Promise<LedgerPackage> {
  const tables = [db.units, db.sheets, db.indicators, db.progress, db.spending, db.assessments]
  return db.transaction('r', tables, async () => readLedgerPackage(db, q))
}
