import type { LedgerPackage } from '../types'
import { parseDate, yearEnd } from '../monitoring/calendar'
import { ActualTracker, type ActualValue } from './actuals'
import { sheetDataIndex } from './sheet-data'
import { fastSheetScore } from './fast/sheet'
import { scoreSheetDecimal } from './sheet'
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
  const trackers = trackersInOnePass(pkg, dateOf)
  const trackerOf = (indicator: { id: string }) => trackers.get(indicator.id)!
  // The decimal.js path, for the sheets the fast one leaves to it, reads decoded actuals.
  let actuals: Map<string, ActualValue> | null = null
  const sheets = pkg.sheets.map((sheet) => {
    const data = index.get(sheet.id) ?? EMPTY
    const date = dateOf(sheet.year)
    const fast = fastSheetScore(sheet, data, trackerOf, date)
    if (fast) return fast
    actuals ??= resultsOf(trackers)
    return scoreSheetDecimal(sheet, { ...data, actuals }, date)
  })
  const first = pkg.sheets[0]
  return { asOf: asOf ?? (first ? yearEnd(first.year) : null), sheets }
}

/**
 * Every indicator's actual value in one pass over the progress list: no per-indicator lists are
 * built, which keeps scoring 200,000 entries close to the cost of merely summing them.
 */
function trackersInOnePass(pkg: LedgerPackage, dateOf: (year: number) => string): Map<string, ActualTracker> {
  const trackers = new Map<string, ActualTracker>()
  for (const sheet of pkg.sheets) {
    const date = dateOf(sheet.year)
    for (const indicator of sheet.indicators)
      trackers.set(indicator.id, new ActualTracker(indicator.measure, date))
  }
  for (const entry of pkg.progress) trackers.get(entry.indicatorId)?.add(entry)
  return trackers
}

function resultsOf(trackers: Map<string, ActualTracker>): Map<string, ActualValue> {
  const actuals = new Map<string, ActualValue>()
  for (const [id, tracker] of trackers) actuals.set(id, tracker.result())
  return actuals
}
