// Splits a package's logs by sheet in one pass over each list (O(entries + indicators)).
import type { LedgerPackage } from '../types'
import type { SheetData } from './types'

export type PackageLogs = Pick<
  LedgerPackage,
  'sheets' | 'progress' | 'spending' | 'judgements' | 'overrides' | 'notApplicable'
>

function emptySheetData(): SheetData {
  return {
    progress: new Map(),
    spending: [],
    judgements: new Map(),
    overrides: new Map(),
    notApplicable: new Map(),
  }
}

/** Every sheet's data, keyed by sheet id. Entries naming an unknown indicator or sheet are left out. */
export function sheetDataIndex(
  pkg: PackageLogs,
  { groupProgress = true }: { groupProgress?: boolean } = {},
): Map<string, SheetData> {
  const bySheet = new Map<string, SheetData>()
  const byIndicator = new Map<string, SheetData>()
  for (const sheet of pkg.sheets) {
    const data = emptySheetData()
    bySheet.set(sheet.id, data)
    for (const indicator of sheet.indicators) byIndicator.set(indicator.id, data)
  }
  for (const entry of groupProgress ? pkg.progress : []) {
    const data = byIndicator.get(entry.indicatorId)
    if (!data) continue
    const list = data.progress.get(entry.indicatorId)
    if (list) list.push(entry)
    else data.progress.set(entry.indicatorId, [entry])
  }
  for (const entry of pkg.spending) bySheet.get(entry.sheetId)?.spending.push(entry)
  for (const j of pkg.judgements) byIndicator.get(j.indicatorId)?.judgements.set(j.indicatorId, j)
  for (const o of pkg.overrides) byIndicator.get(o.indicatorId)?.overrides.set(o.indicatorId, o)
  for (const n of pkg.notApplicable) byIndicator.get(n.indicatorId)?.notApplicable.set(n.indicatorId, n)
  return bySheet
}

/** One sheet's data (for scoring a single sheet; scorePackage indexes every sheet at once). */
export function sheetData(pkg: PackageLogs, sheetId: string): SheetData {
  return sheetDataIndex(pkg).get(sheetId) ?? emptySheetData()
}
