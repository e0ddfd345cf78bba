// What hangs off a set of sheets, read per sheet through the sheetId indexes: one unit-year
// (ledger-package.ts, for exportPackage and unitYearPackage) and the all-unit comparison (yearPackage)
// read only their sheets' rows, never a whole table (a province holds 200,000 progress entries).
import type { LedgerDb } from './database'
import type { AssessmentRow, IndicatorRow, ProgressRow, SpendingRow } from './rows'
import { live } from './write'

/** Every row of the sheets, deleted ones included; the caller filters. */
export interface SheetContents {
  /** Sheet by sheet in the order asked, each sheet's in `order`. */
  indicators: IndicatorRow[]
  progress: ProgressRow[]
  /** Sheet by sheet, each sheet's in date order, ties by id. */
  spending: SpendingRow[]
  assessments: AssessmentRow[]
}

type PerSheet = <T>(query: (id: string) => Promise<T[]>) => Promise<T[]>

const perSheetOf =
  (sheetIds: readonly string[]): PerSheet =>
  (query) =>
    Promise.all(sheetIds.map(query)).then((lists) => lists.flat())

/** The sheets' indicators, sheet by sheet in the order asked, each sheet's in `order`. */
export function readSheetIndicators(db: LedgerDb, sheetIds: readonly string[]): Promise<IndicatorRow[]> {
  return perSheetOf(sheetIds)((id) =>
    db.indicators.where('[sheetId+order]').between([id, -Infinity], [id, Infinity]).toArray(),
  )
}

/** The sheets' assessments, deleted ones included. */
export function readSheetAssessments(db: LedgerDb, sheetIds: readonly string[]): Promise<AssessmentRow[]> {
  return perSheetOf(sheetIds)((id) => db.assessments.where('sheetId').equals(id).toArray())
}

/** One sheet's progress, in id order (the sheetId index keeps equal keys in primary-key order). */
export function readSheetProgress(db: LedgerDb, sheetId: string): Promise<ProgressRow[]> {
  return db.progress.where('sheetId').equals(sheetId).toArray()
}

/** One sheet's spending, in date order, ties by id. */
export function readSheetSpending(db: LedgerDb, sheetId: string): Promise<SpendingRow[]> {
  return db.spending.where('[sheetId+date]').between([sheetId, ''], [sheetId, '\uffff'], true, true).toArray()
}

/**
 * One request per sheet and table. Not async on purpose: call it inside the caller's read
 * transaction and await it there (docs/database.md, the transaction pitfall).
 */
export function readSheetContents(db: LedgerDb, sheetIds: readonly string[]): Promise<SheetContents> {
  const perSheet = perSheetOf(sheetIds)
  return Promise.all([
    readSheetIndicators(db, sheetIds),
    perSheet((id) => readSheetProgress(db, id)),
    perSheet((id) => readSheetSpending(db, id)),
    readSheetAssessments(db, sheetIds),
  ]).then(([indicators, progress, spending, assessments]) => ({
    indicators,
    progress,
    spending,
    assessments,
  }))
}

/** The live indicators grouped by sheet, keeping their order. */
export function liveIndicatorsBySheet(rows: readonly IndicatorRow[]): Map<string, IndicatorRow[]> {
  const bySheet = new Map<string, IndicatorRow[]>()
  for (const ind of rows.filter(live)) {
    const list = bySheet.get(ind.sheetId)
    if (list) list.push(ind)
    else bySheet.set(ind.sheetId, [ind])
  }
  return bySheet
}
