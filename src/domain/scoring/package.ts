import type { LedgerPackage } from '../types'
import { parseDate, yearEnd } from '../monitoring/calendar'
import { ActualTracker, type ActualValue } from './actuals'
import { sheetDataIndex } from './sheet-data'
import { scoreSheet } from './sheet'
import type { PackageScore, SheetData } from './types'

const EMPTY: SheetData = {
  progress: new Map(),
  spending: [],
  judgements: new Map(),
  overrides: new Map(),
  notApplicable: new Map(),
}

/** Every sheet as of the given date, or as of 31 December of each sheet's own year. Throws InvalidDateError on a malformed date. */
export function scorePackage(pkg: LedgerPackage, asOf?: string): PackageScore {
  if (asOf !== undefined) parseDate(asOf)
  const dateOf = (year: number) => asOf ?? yearEnd(year)
  const index = sheetDataIndex(pkg, { groupProgress: false })
  const actuals = actualsInOnePass(pkg, dateOf)
  const sheets = pkg.sheets.map((sheet) =>
    scoreSheet(sheet, { ...(index.get(sheet.id) ?? EMPTY), actuals }, dateOf(sheet.year)),
  )
  const first = pkg.sheets[0]
  return { asOf: asOf ?? (first ? yearEnd(first.year) : null), sheets }
}

/**
 * Every indicator's actual value in one pass over the progress list: no per-indicator lists are
 * built, which keeps scoring 200,000 entries close to the cost of merely summing them.
 */
function actualsInOnePass(pkg: LedgerPackage, dateOf: (year: number) => string): Map<string, ActualValue> {
  const trackers = new Map<string, ActualTracker>()
  for (const sheet of pkg.sheets) {
    const date = dateOf(sheet.year)
    for (const indicator of sheet.indicators)
      trackers.set(indicator.id, new ActualTracker(indicator.measure, date))
  }
  for (const entry of pkg.progress) trackers.get(entry.indicatorId)?.add(entry)
  const actuals = new Map<string, ActualValue>()
  for (const [id, tracker] of trackers) actuals.set(id, tracker.result())
  return actuals
}
