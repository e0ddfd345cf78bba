// Tables pasted with a visible cell separator ("|" from Markdown or a web page, tabs from a
// spreadsheet, or the grid an HTML, Word, PDF or Excel table was turned into) keep empty cells,
// so every row is read by position: no guessing where a cell ends.
import { columnsOf } from './columns'
import type { RawRow, RowProblem } from './rows'
import { PROJECT_KINDS, type ColumnKind } from './vocabulary'

const SEPARATOR = /[|｜\t]/
const MARKDOWN_RULE = /^[\s|｜:-]+$/
/** A note under the table ends its rows: "注：…", "填报说明", "备注：…". */
const NOTE_LINE = /^\s*(注[:：1１]|说明[:：]|填报说明|填表说明|备注[:：]|附[:：件])/

export function isSeparated(line: string): boolean {
  return SEPARATOR.test(line)
}

/** The cells of one separated line; a leading or trailing "|" opens or closes the row, it is no cell. */
export function cellsOf(line: string): string[] {
  let cells = line.replace(/[ \r\n]+$/, '').split(SEPARATOR)
  if (/^\s*[|｜]/.test(line)) cells = cells.slice(1)
  if (/[|｜]\s*$/.test(line)) cells = cells.slice(0, -1)
  return cells.map((c) => c.trim())
}

/**
 * The column of each position, from one or more header rows: the lowest row that names a
 * position wins ("绩效指标" over three columns, then "一级指标 | 二级指标 | 三级指标" under it).
 */
export function gridColumns(headerLines: readonly string[]): ColumnKind[] {
  const rows = headerLines.filter((l) => l.trim() !== '' && !MARKDOWN_RULE.test(l)).map(cellsOf)
  const width = Math.max(0, ...rows.map((r) => r.length))
  return Array.from({ length: width }, (_, k) => {
    const named = rows.map((r) => r[k] ?? '').findLast((c) => c !== '')
    return (named && columnsOf(named.replace(/\s+/g, ''))[0]) || 'other'
  })
}

/** Whether most row lines are separated: the table is a grid, read by position. */
export function isGrid(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '' && !NOTE_LINE.test(l))
  return filled.length > 0 && filled.filter(isSeparated).length * 2 > filled.length
}

const CARRIED: readonly ColumnKind[] = ['level1', 'level2', ...PROJECT_KINDS]

/**
 * Rows by position. Cells beyond the header's columns are ignored; a line without separators
 * carries on the last cell of the row above (a wrapped cell), and a note line ends the rows.
 */
export function readGrid(
  lines: readonly string[],
  firstLine: number,
  columns: readonly ColumnKind[],
): { rows: RawRow[]; problems: RowProblem[] } {
  const grids: { cells: string[]; line: number }[] = []
  for (const [i, text] of lines.entries()) {
    if (text.trim() === '' || MARKDOWN_RULE.test(text)) continue
    if (NOTE_LINE.test(text)) break
    if (isSeparated(text)) grids.push({ cells: cellsOf(text), line: firstLine + i })
    else if (grids.length > 0) {
      const last = grids.at(-1)!.cells
      const at = last.findLastIndex((c) => c !== '')
      if (at >= 0) last[at] += text.trim()
    }
  }

  const rows: RawRow[] = []
  const problems: RowProblem[] = []
  const carried: Partial<Record<ColumnKind, string>> = {}
  for (const { cells, line } of grids) {
    const row: RawRow['cells'] = {}
    columns.forEach((kind, k) => {
      const text = cells[k] ?? ''
      if (kind !== 'other' && text !== '' && row[kind] === undefined) row[kind] = text
    })
    // A new project in a wide layout starts its levels afresh.
    if (row.projectName !== undefined && row.projectName !== carried.projectName) {
      carried.level1 = ''
      carried.level2 = ''
    }
    // Merged 一级/二级 cells are printed on the first row of their group only; a new 一级 group
    // with no 二级 printed has none.
    if (row.level1 !== undefined) carried.level2 = row.level2 ?? ''
    for (const kind of CARRIED) {
      if (!columns.includes(kind)) continue
      if (row[kind]) carried[kind] = row[kind]
      else row[kind] = carried[kind] ?? ''
    }
    const filled = columns.some((kind) => !CARRIED.includes(kind) && kind !== 'other' && row[kind])
    if (!filled) continue // a blank indicator row under a level heading, or a project's heading row
    if (!row.name) {
      problems.push({ line, text: cells.filter(Boolean).join(' '), kind: 'incompleteRow' })
      continue
    }
    rows.push({ cells: row, line })
  }
  return { rows, problems }
}
