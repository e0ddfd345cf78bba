// Where each sheet and indicator sits in the file, for checks that follow references.
import type { Indicator, LedgerPackage, Sheet } from '../../types'

export interface IndicatorPlace {
  indicator: Indicator
  sheet: Sheet
  path: string
}

export interface PackageIndex {
  indicators: Map<string, IndicatorPlace>
  sheets: Map<string, { sheet: Sheet; path: string }>
  unitIds: Set<string>
}

/** The first occurrence wins; duplicates are reported by the reference check. */
export function indexPackage(pkg: LedgerPackage): PackageIndex {
  const indicators = new Map<string, IndicatorPlace>()
  const sheets = new Map<string, { sheet: Sheet; path: string }>()
  pkg.sheets.forEach((sheet, i) => {
    if (!sheets.has(sheet.id)) sheets.set(sheet.id, { sheet, path: `sheets[${i}]` })
    sheet.indicators.forEach((indicator, j) => {
      if (!indicators.has(indicator.id)) {
        indicators.set(indicator.id, { indicator, sheet, path: `sheets[${i}].indicators[${j}]` })
      }
    })
  })
  return { indicators, sheets, unitIds: new Set(pkg.units.map((u) => u.id)) }
}
