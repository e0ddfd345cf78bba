// Entries read from the 进度填报 workbook (excel/entries-workbook.ts): every row checked on its own,
// with its problems by column, and a stable key per row so that importing the same file again adds
// nothing twice (the key becomes the entry's id; the db skips ids it already holds).
import type { EntryProblem } from './problems'
import { looseDate, matchIndicator, type BulkCandidate } from './bulk-rows'
import { checkDate, checkValue } from './validate-entry'

/** The template's columns, in order; the column letter of a problem comes from here. */
export const ENTRY_COLUMNS = ['指标', '日期', '数值', '备注', '填报人'] as const

export interface WorkbookRow {
  /** The row's number in the worksheet (the header is row 1). */
  row: number
  cells: string[]
}

export interface RowProblem extends EntryProblem {
  row: number
  /** The column's header (指标, 日期, 数值). */
  column: (typeof ENTRY_COLUMNS)[number]
}

export interface GoodEntry {
  id: string
  row: number
  indicatorId: string
  date: string
  value: string
  note?: string
  by?: string
}

export interface CheckedRows {
  good: GoodEntry[]
  bad: { row: WorkbookRow; problems: RowProblem[] }[]
}

const COLUMN_OF: Record<string, RowProblem['column']> = { indicator: '指标', date: '日期', value: '数值' }

/** FNV-1a, 32 bits twice (two offsets): short, stable, no crypto needed for a duplicate check. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** The key of a row's content; the n-th identical row of a file gets its own (two real entries). */
export function rowKey(parts: readonly string[], occurrence: number): string {
  const text = [...parts, String(occurrence)].join('\u0001')
  return `xl-${fnv(text, 0x811c9dc5)}${fnv(text, 0x01000193)}`
}

/** The keys of a file's rows in order: the n-th row with the same parts gets occurrence n. */
export function rowKeys(): (parts: readonly string[]) => string {
  const seen = new Map<string, number>()
  return (parts) => {
    const content = parts.join('\u0001')
    const n = seen.get(content) ?? 0
    seen.set(content, n + 1)
    return rowKey(parts, n)
  }
}

/** A row's problems placed at its row and at their field's column. */
export function placeProblems<C extends string>(
  problems: readonly EntryProblem[],
  row: number,
  columnOf: Readonly<Record<string, C>>,
  fallback: C,
): (EntryProblem & { row: number; column: C })[] {
  return problems.map((p) => ({ ...p, row, column: columnOf[p.field] ?? fallback }))
}

export function checkWorkbookRows(
  rows: readonly WorkbookRow[],
  candidates: readonly BulkCandidate[],
  year: number,
  today: string,
): CheckedRows {
  const good: GoodEntry[] = []
  const bad: CheckedRows['bad'] = []
  const keyOf = rowKeys()
  for (const r of rows) {
    const [indicatorText = '', dateText = '', valueText = '', note = '', by = ''] = r.cells.map((c) =>
      c.trim(),
    )
    const problems: EntryProblem[] = []
    const match = matchIndicator(indicatorText, candidates)
    if (!match.ok) problems.push({ field: 'indicator', code: match.code })
    else if (match.indicator.locked) problems.push({ field: 'indicator', code: 'locked' })
    const date = checkDate(looseDate(dateText), year, today)
    if (!date.ok) problems.push(date.problem)
    const value = match.ok ? checkValue(valueText, match.indicator) : null
    if (value && !value.ok) problems.push(value.problem)
    if (problems.length > 0 || !match.ok || !date.ok || !value?.ok) {
      bad.push({ row: r, problems: placeProblems<RowProblem['column']>(problems, r.row, COLUMN_OF, '指标') })
      continue
    }
    good.push({
      id: keyOf([match.indicator.id, date.date, value.value, note, by]),
      row: r.row,
      indicatorId: match.indicator.id,
      date: date.date,
      value: value.value,
      ...(note ? { note } : {}),
      ...(by ? { by } : {}),
    })
  }
  return { good, bad }
}
