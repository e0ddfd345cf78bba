// Reads the pasted text of published 绩效目标表 (one or several) into sheets.
import type { Indicator, Sheet } from '../types'
import { columnsOf, REQUIRED_COLUMNS } from './columns'
import { gridColumns, isGrid, isSeparated, readGrid } from './grid'
import { readHeader, toWan, type TableHeader } from './header'
import { linesOf } from './normalize'
import { piecesOf } from './pieces'
import { pasteProblems, type PasteProblem } from './problems'
import { readRows, type RawRow } from './rows'
import { columnHeaderText, findTables, type TableSection } from './sections'
import { toIndicator } from './to-indicator'

export interface PastedTables {
  /** Complete sheets except `unitId` (""), which the caller assigns. */
  sheets: Sheet[]
  /** The unit named in the first table's header, when found. */
  unitName?: string
  problems: PasteProblem[]
}

export type { PasteProblem } from './problems'
export { gridToText } from './grid-text'

export function parseTargetTables(text: string): PastedTables {
  const lines = linesOf(text)
  const sections = findTables(lines)
  const problems: PasteProblem[] = []
  if (sections.length === 0) {
    problems.push({ line: 1, text: '', message: pasteProblems.noTable() })
    return { sheets: [], problems }
  }
  const documentYear = firstYear(text)
  let projects = 0
  const sheets: Sheet[] = []
  let unitName: string | undefined
  for (const section of sections) {
    const header = readHeader(
      lines.slice(section.headerStart, section.columnsStart < 0 ? section.end : section.columnsStart),
    )
    header.year ??= titleYear(lines[section.titleLine]!)
    unitName ??= header.unitName
    const at = { line: section.titleLine + 1, text: '' }
    if (header.convertedFromYuan) problems.push({ ...at, message: pasteProblems.convertedFromYuan() })
    const rows = readSectionRows(lines, section, problems)
    for (const group of byProject(rows)) {
      const wide = wideHeader(group, header, lines, section)
      unitName ??= wide.unitName
      const kind = group.project === undefined ? section.kind : 'project'
      const prefix = kind === 'project' ? `p${++projects}` : 'd'
      const indicators = group.rows.map((row, k) => toIndicator(row, `${prefix}-i${k + 1}`, problems))
      sheets.push(toSheet(section, kind, wide, indicators, documentYear, projects, unitName, problems))
    }
  }
  return { sheets, ...(unitName !== undefined && { unitName }), problems }
}

function readSectionRows(
  lines: readonly string[],
  section: TableSection,
  problems: PasteProblem[],
): RawRow[] {
  const titleAt = { line: section.titleLine + 1, text: lines[section.titleLine]!.trim() }
  if (section.columnsStart < 0) {
    problems.push({ ...titleAt, message: pasteProblems.noColumnHeader() })
    return []
  }
  const headerLines = lines.slice(section.columnsStart, section.rowsStart)
  const rowLines = lines.slice(section.rowsStart, section.end)
  const grid = headerLines.some(isSeparated) && isGrid(rowLines)
  const columns = grid ? gridColumns(headerLines) : columnsOf(columnHeaderText(lines, section))
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length > 0) problems.push({ ...titleAt, message: pasteProblems.missingColumns(missing) })
  if (!columns.includes('name')) return []
  if (!columns.includes('weight')) problems.push({ ...titleAt, message: pasteProblems.noWeightColumn() })
  const { rows, problems: rowProblems } = grid
    ? readGrid(rowLines, section.rowsStart + 1, columns)
    : readRows(piecesOf(rowLines, section.rowsStart + 1), columns)
  for (const p of rowProblems) {
    // A "其中" line cut short is a breakdown row, not a broken indicator.
    const message = /^其中/.test(p.text) ? pasteProblems.breakdownRow() : pasteProblems.incompleteRow()
    problems.push({ line: p.line, text: p.text, message })
  }
  return rows.filter((row) => {
    // "其中：…" lines break the row above down; with no weight of their own they are no indicator.
    const breakdown = /^[\s★☆]*其中/.test(row.cells.name ?? '') && !row.cells.weight?.trim()
    if (breakdown)
      problems.push({ line: row.line, text: row.cells.name!, message: pasteProblems.breakdownRow() })
    return !breakdown
  })
}

/** The rows of each project a wide layout names in a column; one group without that column. */
function byProject(rows: readonly RawRow[]): { project?: string; rows: RawRow[] }[] {
  if (!rows.some((r) => r.cells.projectName)) return [{ rows: [...rows] }]
  const groups: { project?: string; rows: RawRow[] }[] = []
  for (const row of rows) {
    const project = row.cells.projectName ?? ''
    const last = groups.at(-1)
    if (last && last.project === project) last.rows.push(row)
    else groups.push({ project, rows: [row] })
  }
  return groups
}

/** The header of one project of a wide layout: its name, unit, budget and goal from its first row. */
function wideHeader(
  group: { project?: string; rows: RawRow[] },
  header: TableHeader,
  lines: readonly string[],
  section: TableSection,
): TableHeader {
  if (group.project === undefined) return header
  const first = group.rows[0]!.cells
  const inYuan = /[（(]元[)）]/.test(columnHeaderText(lines, section)) || header.convertedFromYuan === true
  const budget = first.budget ? /\d[\d,]*(?:\.\d+)?/.exec(first.budget.normalize('NFKC'))?.[0] : undefined
  const total =
    budget === undefined ? undefined : inYuan ? toWan(budget.replace(/,/g, '')) : budget.replace(/,/g, '')
  return {
    ...header,
    ...(first.unitName && { unitName: first.unitName }),
    projectName: group.project,
    goals: first.goal ? [first.goal] : header.goals,
    money: total === undefined ? header.money : { total },
  }
}

function toSheet(
  section: TableSection,
  kind: Sheet['kind'],
  header: TableHeader,
  indicators: Indicator[],
  documentYear: number | undefined,
  projectNumber: number,
  unitName: string | undefined,
  problems: PasteProblem[],
): Sheet {
  const at = { line: section.titleLine + 1, text: '' }
  const year = header.year ?? documentYear ?? 0
  if (header.year === undefined && documentYear === undefined)
    problems.push({ ...at, message: pasteProblems.noYear() })
  const { total, fiscal, other, fiscalFromUpper, fiscalOwnLevel } = header.money
  if (total === undefined) problems.push({ ...at, message: pasteProblems.noMoney() })
  const isProject = kind === 'project'
  return {
    id: isProject ? `${year}-proj-${projectNumber}` : `${year}-dept`,
    unitId: '',
    year,
    kind,
    name: isProject
      ? (header.projectName ?? `项目${projectNumber}`)
      : `${unitName ?? ''}部门整体（${year}年）`,
    ...(header.owner !== undefined && { owner: header.owner }),
    ...(header.contact !== undefined && { contact: header.contact }),
    goals: header.goals,
    budget: { initial: total ?? '0.00', adjusted: total ?? '0.00' },
    funds: {
      fiscal: fiscal ?? '0.00',
      other: other ?? '0.00',
      ...(fiscalFromUpper !== undefined && { fiscalFromUpper }),
      ...(fiscalOwnLevel !== undefined && { fiscalOwnLevel }),
    },
    scoring: {},
    indicators,
  }
}

function titleYear(title: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年/.exec(title.normalize('NFKC'))
  return m ? Number(m[1]) : undefined
}

function firstYear(text: string): number | undefined {
  const m = /(?:19|20)\d{2}(?=\s*年)/.exec(text.normalize('NFKC'))
  return m ? Number(m[0]) : undefined
}
