// Reads for the dashboard's comparison of all units: every unit's sheets of one year with what was
// logged against them, as one package for the engine. Leaner than readLedgerPackage (no sorting of
// sheets, no field stripping, entries from the sheet digests), because with 200 units the year
// holds some 110,000 entries and the number of records read is the cost.
import type { LedgerPackage, Sheet, Unit } from '@/domain/types'
import type { LedgerDb } from './database'
import type {
  AssessmentRow,
  DeviationRow,
  JudgementRow,
  NotApplicableRow,
  OverrideRow,
  SheetRow,
} from './rows'
import { liveIndicatorsBySheet, readSheetAssessments, readSheetIndicators } from './sheet-contents'
import { completeDigests } from './sheet-digests'
import { live } from './write'

/**
 * All live units, and every live sheet of `year` with its indicators (in order), progress,
 * spending and assessments. Progress and spending come from the sheet digests (sheet-digests.ts;
 * missing ones are built first), which hold exactly the live rows the engine needs, in the order
 * the sheet's indexes give them: progress sheet by sheet in id order, not sorted by date (the
 * engine sums cumulative indicators in any order and takes the latest reading by date, of equal
 * dates the later in the list, which in id order is the greatest id, as in readLedgerPackage's
 * date-then-id order; sorting 100,000 entries took 60–250 ms on this machine).
 */
export async function yearPackage(db: LedgerDb, year: number): Promise<LedgerPackage> {
  const { units, sheets } = await yearSheets(db, year)
  return sheetsPackage(db, units, sheets)
}

/** All live units and the live sheet rows of `year` (no indicators, no entries): a few thousand small records. */
export async function yearSheets(db: LedgerDb, year: number): Promise<{ units: Unit[]; sheets: SheetRow[] }> {
  return db.transaction('r', [db.units, db.sheets], async () => {
    const units = (await db.units.toArray()).filter(live)
    const sheets = (await db.sheets.toArray()).filter((s) => live(s) && s.year === year)
    return { units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })), sheets }
  })
}

/**
 * The package of the given sheets (rows from yearSheets): their indicators, entries and assessments.
 * The province's comparison reads its units in slices through this, so that the first rows show early.
 */
export async function sheetsPackage(
  db: LedgerDb,
  units: Unit[],
  sheetRows: readonly SheetRow[],
): Promise<LedgerPackage> {
  const sheetIds = sheetRows.map((s) => s.id)
  const read = await db.transaction('r', [db.indicators, db.assessments, db.sheetDigests], async () => {
    // Per sheet through the sheetId indexes: only these sheets' rows are read.
    const [indicators, assessments, digests] = await Promise.all([
      readSheetIndicators(db, sheetIds),
      readSheetAssessments(db, sheetIds),
      db.sheetDigests.bulkGet(sheetIds),
    ])
    return { indicators, assessments, digests }
  })
  const digests = await completeDigests(db, sheetIds, read.digests)
  const bySheet: Map<string, Sheet['indicators']> = liveIndicatorsBySheet(read.indicators)
  const liveAssessments = read.assessments.filter(live)
  const ofKind = <R extends AssessmentRow>(kind: R['kind']) =>
    liveAssessments.filter((a): a is R => a.kind === kind)
  return {
    format: 'perf-ledger',
    version: 1,
    units,
    sheets: sheetRows.map((s) => ({ ...s, indicators: bySheet.get(s.id) ?? [] })),
    progress: digests.flatMap((d) => d.progress),
    spending: digests.flatMap((d) => d.spending),
    judgements: ofKind<JudgementRow>('judgement'),
    overrides: ofKind<OverrideRow>('override'),
    notApplicable: ofKind<NotApplicableRow>('notApplicable'),
    deviations: ofKind<DeviationRow>('deviation'),
  }
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
