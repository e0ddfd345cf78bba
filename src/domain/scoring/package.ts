import type { LedgerPackage } from '../types'
import { parseDate, yearEnd } from '../monitoring/calendar'
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
  const index = sheetDataIndex(pkg)
  const sheets = pkg.sheets.map((sheet) =>
    scoreSheet(sheet, index.get(sheet.id) ?? EMPTY, asOf ?? yearEnd(sheet.year)),
  )
  const first = pkg.sheets[0]
  return { asOf: asOf ?? (first ? yearEnd(first.year) : null), sheets }
}
