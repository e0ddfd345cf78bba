// Tables pasted with a visible cell separator ("|" from Markdown or a web page, tabs from a
// spreadsheet) keep empty cells, so every row can be read by position: no guessing where a cell ends.
import type { RawRow, RowProblem } from './rows'
import type { ColumnKind } from './vocabulary'

const SEPARATOR = /[|｜\t]/
const MARKDOWN_RULE = /^[\s|｜:-]+$/

/** The cells of one separated line; a leading or trailing "|" opens or closes the row, it is no cell. */
function cellsOf(line: string): string[] {
  let cells = line.replace(/\s+$/, '').split(SEPARATOR)
  if (/^\s*[|｜]/.test(line)) cells = cells.slice(1)
  if (/[|｜]\s*$/.test(line)) cells = cells.slice(0, -1)
  return cells.map((c) => c.trim())
}

/**
 * Rows by position, or null when the text is not such a grid (some line without a separator,
 * or with more cells than columns). Trailing empty cells a copy dropped are restored.
 */
export function readGrid(
  lines: readonly string[],
  firstLine: number,
  columns: readonly ColumnKind[],
): { rows: RawRow[]; problems: RowProblem[] } | null {
  const numbered = lines
    .map((text, i) => ({ text, line: firstLine + i }))
    .filter(({ text }) => text.trim() !== '' && !MARKDOWN_RULE.test(text))
  if (numbered.length === 0 || numbered.some(({ text }) => !SEPARATOR.test(text))) return null
  const grids = numbered.map(({ text, line }) => ({ cells: cellsOf(text), line }))
  if (grids.some((g) => g.cells.length > columns.length)) return null

  const rows: RawRow[] = []
  const problems: RowProblem[] = []
  const carried: Partial<Record<ColumnKind, string>> = {}
  for (const { cells, line } of grids) {
    const row: RawRow['cells'] = {}
    columns.forEach((kind, k) => {
      const text = cells[k] ?? ''
      if (text !== '' && row[kind] === undefined) row[kind] = text
    })
    // Merged 一级/二级 cells are printed on the first row of their group only; a new 一级 group
    // with no 二级 printed has none.
    const ownLevel1 = row.level1 !== undefined
    if (ownLevel1) carried.level2 = row.level2 ?? ''
    for (const kind of ['level1', 'level2'] as const) {
      if (row[kind]) carried[kind] = row[kind]
      else row[kind] = carried[kind] ?? ''
    }
    const filled = columns.some((kind) => kind !== 'level1' && kind !== 'level2' && row[kind])
    if (!filled) continue // a blank indicator row under a level heading
    if (!row.name) {
      problems.push({ line, text: cells.filter(Boolean).join(' '), kind: 'incompleteRow' })
      continue
    }
    rows.push({ cells: row, line })
  }
  return { rows, problems }
}
