// Rows pasted from a spreadsheet (date, indicator, value, note) to back-fill a month. Each row
// is read on its own and gets its own problems; saving is all or nothing, so one bad row blocks all.
import type { Indicator } from '../types'
import type { EntryProblem } from './problems'
import { readDelimited } from './pasted-cells'
import { normalizeTyped } from './read-number'
import { sheetDate } from './sheet-date'
import { checkDate, checkValue } from './validate-entry'

export interface BulkCandidate extends Pick<Indicator, 'id' | 'name' | 'target'> {
  locked?: boolean
}

export interface BulkRow {
  /** 1-based row of the pasted text (a quoted cell may hold line breaks, so a row may span lines). */
  line: number
  cells: string[]
  date: string
  indicatorId: string | null
  indicatorName: string
  value: string
  note: string
  problems: EntryProblem[]
}

/** "2025/3/1", "2025.3.1", "2025年3月1日" → "2025-03-01"; other text is returned trimmed. */
export function looseDate(text: string): string {
  const s = normalizeTyped(text)
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return s
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
}

/** Name without spaces, full-width forms, or a trailing "（次）" unit note. */
function nameKey(name: string): string {
  return normalizeTyped(name).replace(/\([^()]*\)$/, '')
}

export type IndicatorMatch =
  | { ok: true; indicator: BulkCandidate }
  | { ok: false; code: 'indicatorUnknown' | 'indicatorAmbiguous' | 'indicatorRequired' }

/** By id, then by exact name, then by name without its unit note; ambiguity is a problem, not a guess. */
export function matchIndicator(ref: string, candidates: readonly BulkCandidate[]): IndicatorMatch {
  const text = ref.trim()
  if (text === '') return { ok: false, code: 'indicatorRequired' }
  const byId = candidates.find((c) => c.id === text)
  if (byId) return { ok: true, indicator: byId }
  const exact = candidates.filter((c) => normalizeTyped(c.name) === normalizeTyped(text))
  if (exact.length === 1) return { ok: true, indicator: exact[0]! }
  const loose = candidates.filter((c) => nameKey(c.name) === nameKey(text))
  if (loose.length === 1) return { ok: true, indicator: loose[0]! }
  return { ok: false, code: exact.length + loose.length > 1 ? 'indicatorAmbiguous' : 'indicatorUnknown' }
}

/** Tab-separated text as spreadsheets copy it (quoted cells kept whole); else cells split at 2+ spaces. */
function splitRows(text: string): string[][] {
  if (text.includes('\t')) return readDelimited(text).map((cells) => cells.map((c) => c.trim()))
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .split(/\s{2,}/)
        .map((c) => c.trim()),
    )
}

const HEADER_WORDS = new Set(['日期', 'date', '时间'])

/** Reads every non-empty line; a first line starting with 日期/date is taken as a header and skipped. */
export function readBulkRows(
  text: string,
  candidates: readonly BulkCandidate[],
  year: number,
  today: string,
): BulkRow[] {
  const rows: BulkRow[] = []
  splitRows(text).forEach((cells, index) => {
    if (cells.every((c) => c === '')) return
    if (rows.length === 0 && HEADER_WORDS.has(normalizeTyped(cells[0] ?? '').toLowerCase())) return
    const [dateCell = '', indicatorCell = '', valueCell = '', ...noteCells] = cells
    const problems: EntryProblem[] = []
    if (cells.length < 3) problems.push({ field: 'row', code: 'tooFewCells' })
    const date = checkDate(sheetDate(dateCell, year), year, today)
    if (!date.ok) problems.push(date.problem)
    const match = matchIndicator(indicatorCell, candidates)
    let value = valueCell.trim()
    if (!match.ok) problems.push({ field: 'indicator', code: match.code })
    else if (match.indicator.locked) problems.push({ field: 'indicator', code: 'locked' })
    else {
      const checked = checkValue(valueCell, match.indicator)
      if (checked.ok) value = checked.value
      else problems.push(checked.problem)
    }
    rows.push({
      line: index + 1,
      cells,
      date: date.ok ? date.date : dateCell,
      indicatorId: match.ok ? match.indicator.id : null,
      indicatorName: match.ok ? match.indicator.name : indicatorCell,
      value,
      note: noteCells.join(' ').trim(),
      problems,
    })
  })
  return rows
}
