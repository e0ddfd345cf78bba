// What the overview follows live: the current unit's year as one exchange package, which the
// ledger store scores with the engine.
import type { LedgerPackage } from '@/domain/types'
import type { LedgerDb } from './database'
import { readLedgerPackage } from './ledger-package'

/**
 * One unit's sheets of one year, with their rows, as a package. Meant as the querier of Dexie's
 * liveQuery, so it opens no transaction: then Dexie's liveQuery cache answers the reads a write did
 * not touch (after one new spending entry only that sheet's spending is read again). liveQuery
 * re-reads when a write lands between two of the reads, so what it emits is never a mix of before
 * and after. Outside a liveQuery, use exportPackage (one transaction).
 */
export function unitYearPackage(db: LedgerDb, unitId: string, year: number): Promise<LedgerPackage> {
  return readLedgerPackage(db, { unitId, year })
}
