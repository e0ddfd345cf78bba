import type { LedgerPackage, Sheet } from '../types'
import { parseDate, yearEnd } from '../monitoring/calendar'
import { ActualTracker, type ActualValue } from './actuals'
import { sheetDataIndex } from './sheet-data'
import { fastSheetScore } from './fast/sheet'
import { scoreSheetDecimal } from './sheet'
import type { PackageScore, SheetData, SheetScore } from './types'

// Shared by every sheet that has no judgement, override or not-applicable mark (most of them): the
// engine only reads these, and a province would otherwise build thousands of empty maps.
const NONE = new Map<string, never>()
const EMPTY: SheetData = {
  progress: new Map(),
  spending: [],
  judgements: NONE,
  overrides: NONE,
  notApplicable: NONE,
}

/** Every sheet as of the given date, or as of 31 December of each sheet's own year. Throws InvalidDateError on a malformed date. */
export function scorePackage(pkg: LedgerPackage, asOf?: string): PackageScore {
  if (asOf !== undefined) parseDate(asOf)
  const dateOf = (year: number) => asOf ?? yearEnd(year)
  const index = indexInOnePass(pkg, dateOf)
  const first = pkg.sheets[0]
  const sheets = index ? scoreIndexed(pkg, index, dateOf) : scoreByMaps(pkg, dateOf)
  return { asOf: asOf ?? (first ? yearEnd(first.year) : null), sheets }
}

/** An indicator's tracker that also knows its sheet's logs: one map serves entries and marks alike. */
class Slot extends ActualTracker {
  constructor(
    measure: ActualTracker['measure'],
    asOf: string,
    readonly data: SheetData,
  ) {
    super(measure, asOf)
  }
}

interface PackageIndex {
  /** Per sheet, in package order: its logs and its indicators' trackers in sheet order. */
  sheets: { data: SheetData; trackers: ActualTracker[] }[]
  slots: Map<string, Slot>
}

/**
 * Every indicator's tracker and its sheet's logs from one map of indicator ids, filled in one pass
 * over each list. Null where two indicators or two sheets share an id (then the per-sheet maps decide
 * which logs each one reads, as before).
 */
function indexInOnePass(pkg: LedgerPackage, dateOf: (year: number) => string): PackageIndex | null {
  const slots = new Map<string, Slot>()
  const bySheet = new Map<string, SheetData>()
  const sheets: PackageIndex['sheets'] = []
  let count = 0
  for (const sheet of pkg.sheets) {
    const date = dateOf(sheet.year)
    const data: SheetData = { ...EMPTY, spending: [] }
    bySheet.set(sheet.id, data)
    const list: Slot[] = []
    for (const indicator of sheet.indicators) {
      const slot = new Slot(indicator.measure, date, data)
      slots.set(indicator.id, slot)
      list.push(slot)
    }
    count += list.length
    sheets.push({ data, trackers: list })
  }
  if (slots.size !== count || bySheet.size !== pkg.sheets.length) return null
  for (const entry of pkg.progress) slots.get(entry.indicatorId)?.add(entry)
  for (const entry of pkg.spending) bySheet.get(entry.sheetId)?.spending.push(entry)
  for (const j of pkg.judgements) {
    const data = slots.get(j.indicatorId)?.data
    if (data)
      (data.judgements === NONE ? (data.judgements = new Map()) : data.judgements).set(j.indicatorId, j)
  }
  for (const o of pkg.overrides) {
    const data = slots.get(o.indicatorId)?.data
    if (data) (data.overrides === NONE ? (data.overrides = new Map()) : data.overrides).set(o.indicatorId, o)
  }
  for (const n of pkg.notApplicable) {
    const data = slots.get(n.indicatorId)?.data
    if (data)
      (data.notApplicable === NONE ? (data.notApplicable = new Map()) : data.notApplicable).set(
        n.indicatorId,
        n,
      )
  }
  return { sheets, slots }
}

function scoreIndexed(
  pkg: LedgerPackage,
  index: PackageIndex,
  dateOf: (year: number) => string,
): SheetScore[] {
  // The decimal.js path, for the sheets the fast one leaves to it, reads decoded actuals.
  let actuals: Map<string, ActualValue> | null = null
  return pkg.sheets.map((sheet, s) => {
    const { data, trackers } = index.sheets[s]!
    const date = dateOf(sheet.year)
    const fast = fastSheetScore(sheet, data, (_indicator, k) => trackers[k]!, date)
    if (fast) return fast
    actuals ??= resultsOf(index.slots)
    return scoreSheetDecimal(sheet, { ...data, actuals }, date)
  })
}

/** The general case (ids repeated across sheets): per-sheet maps, the later id wins. */
function scoreByMaps(pkg: LedgerPackage, dateOf: (year: number) => string): SheetScore[] {
  const index = sheetDataIndex(pkg, { groupProgress: false })
  const trackers = trackersInOnePass(pkg, dateOf)
  const trackerOf = (indicator: { id: string }) => trackers.get(indicator.id)!
  let actuals: Map<string, ActualValue> | null = null
  return pkg.sheets.map((sheet: Sheet) => {
    const data = index.get(sheet.id) ?? EMPTY
    const date = dateOf(sheet.year)
    const fast = fastSheetScore(sheet, data, trackerOf, date)
    if (fast) return fast
    actuals ??= resultsOf(trackers)
    return scoreSheetDecimal(sheet, { ...data, actuals }, date)
  })
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

function resultsOf(trackers: ReadonlyMap<string, ActualTracker>): Map<string, ActualValue> {
  const actuals = new Map<string, ActualValue>()
  for (const [id, tracker] of trackers) actuals.set(id, tracker.result())
  return actuals
}
