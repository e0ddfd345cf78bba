// Reads for the dashboard's comparison of all units: every unit's sheets of one year with what was
// logged against them, as one package for the engine. Leaner than exportPackage (no sorting of
// sheets, no field stripping; the same per-sheet reads, sheet-contents.ts), because with
// 200 units this reads some 100,000 rows and the row count is the cost.
import type { LedgerPackage, Sheet } from '@/domain/types'
import type { LedgerDb } from './database'
import type { AssessmentRow, DeviationRow, JudgementRow, NotApplicableRow, OverrideRow } from './rows'
import { liveIndicatorsBySheet, readSheetContents } from './sheet-contents'
import { live } from './write'

/**
 * All live units, and every live sheet of `year` with its indicators (in order), progress,
 * spending and assessments. Entries keep their db fields (sheetId, unitId, timestamps), which the
 * engine ignores. Progress comes sheet by sheet in id order, not sorted by date: the engine sums
 * cumulative indicators in any order and takes the latest reading by date, of equal dates the later
 * in the list, which in id order is the greatest id, as in exportPackage's date-then-id order.
 * (Sorting 100,000 entries took 60–250 ms on this machine.)
 */
export async function yearPackage(db: LedgerDb, year: number): Promise<LedgerPackage> {
  return db.transaction(
    'r',
    [db.units, db.sheets, db.indicators, db.progress, db.spending, db.assessments],
    async () => {
      const units = (await db.units.toArray()).filter(live)
      const sheetRows = (await db.sheets.toArray()).filter((s) => live(s) && s.year === year)
      const sheetIds = new Set(sheetRows.map((s) => s.id))

      // Per sheet through the sheetId indexes: only the year's rows are read, where reading per
      // unit through [unitId+date] read every year of every unit (200,000 rows, 2.8 s).
      const { indicators, progress, spending, assessments } = await readSheetContents(db, [...sheetIds])
      const bySheet: Map<string, Sheet['indicators']> = liveIndicatorsBySheet(indicators)
      const liveAssessments = assessments.filter(live)
      const ofKind = <R extends AssessmentRow>(kind: R['kind']) =>
        liveAssessments.filter((a): a is R => a.kind === kind)
      return {
        format: 'perf-ledger',
        version: 1,
        units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
        sheets: sheetRows.map((s) => ({ ...s, indicators: bySheet.get(s.id) ?? [] })),
        progress: progress.filter(live),
        spending: spending.filter(live),
        judgements: ofKind<JudgementRow>('judgement'),
        overrides: ofKind<OverrideRow>('override'),
        notApplicable: ofKind<NotApplicableRow>('notApplicable'),
        deviations: ofKind<DeviationRow>('deviation'),
      }
    },
  )
}

/**
 * What to follow yearPackage with: inside a Dexie liveQuery this re-runs on any write to a table
 * yearPackage reads (one row of each, read through the primary key, so the whole table is watched).
 * Reading yearPackage itself inside a liveQuery would also work, but there Dexie notes the id of
 * every row read through an index, and for 100,000 rows that bookkeeping costs as much as the read.
 * Coarser (a write to another year re-reads too), which is fine for a read that runs off the page.
 */
export function yearPackageTables(db: LedgerDb): Promise<unknown[]> {
  return Promise.all(
    [db.units, db.sheets, db.indicators, db.progress, db.spending, db.assessments].map((table) =>
      table.limit(1).toArray(),
    ),
  )
}
