// Which checked workbook rows are new: a row whose stable key is already stored was imported
// before and is skipped; a row with the same content as an entry typed by hand (same indicator or
// project, date and figure) may be a duplicate too, and is imported only when the user says so.
import { Decimal } from '../decimal'

export type ImportStatus = 'new' | 'imported' | 'similar'

export function importStatuses<T extends { id: string }>(
  rows: readonly T[],
  storedIds: ReadonlySet<string>,
  contentOf: (row: T) => string,
  storedContent: ReadonlySet<string>,
): Map<string, ImportStatus> {
  const out = new Map<string, ImportStatus>()
  for (const r of rows)
    out.set(r.id, storedIds.has(r.id) ? 'imported' : storedContent.has(contentOf(r)) ? 'similar' : 'new')
  return out
}

/** The content a duplicate is recognised by ("1.50" and "1.5" are the same figure). */
export const entryContent = (e: { indicatorId: string; date: string; value: string }) =>
  `${e.indicatorId}\u0001${e.date}\u0001${new Decimal(e.value).toString()}`
export const spendingContent = (e: { sheetId: string; date: string; amount: string }) =>
  `${e.sheetId}\u0001${e.date}\u0001${new Decimal(e.amount).toString()}`

/**
 * The labels the template's 指标 list offers: the name, or "name（project）" where two projects have
 * an indicator of that name (the name alone would be ambiguous on import).
 */
export function pickLabels(
  items: readonly { id: string; name: string; sheetName: string }[],
): Map<string, string> {
  const count = new Map<string, number>()
  for (const i of items) count.set(i.name, (count.get(i.name) ?? 0) + 1)
  return new Map(items.map((i) => [i.id, count.get(i.name)! > 1 ? `${i.name}（${i.sheetName}）` : i.name]))
}
