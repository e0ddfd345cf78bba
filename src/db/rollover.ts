// Copying a unit's sheets of one year to the next. The plan is computed from the year as exported
// (the engine reads its actual values); applying it only adds rows to the next year.
import { newId } from '@/domain/ids'
import { planRollover, type RolloverPlan } from '@/domain/sheet-editing'
import type { LedgerDb } from './database'
import { exportPackage } from './export-package'
import type { Actor } from './rows'
import { createSheets } from './sheet-batch'
import type { SheetWithIndicators } from './sheets'
import { listSheets } from './sheets'

/** What copying `fromYear` to the next year would create; nothing is written. */
export async function previewRollover(
  db: LedgerDb,
  q: { unitId: string; fromYear: number },
): Promise<RolloverPlan> {
  const pkg = await exportPackage(db, { unitId: q.unitId, year: q.fromYear })
  const existing = await listSheets(db, { unitId: q.unitId, year: q.fromYear + 1 })
  return planRollover(pkg, q.fromYear, existing, newId)
}

/** Creates the planned sheets (administrators only), all in one transaction. */
export async function applyRollover(
  db: LedgerDb,
  actor: Actor,
  plan: RolloverPlan,
): Promise<SheetWithIndicators[]> {
  const sheets = plan.sheets.flatMap((s) => (s.sheet ? [s.sheet] : []))
  return createSheets(
    db,
    actor,
    sheets.map(({ status: _status, ...sheet }) => sheet),
  )
}
