// Reads the pasted text of published 绩效目标表 (one or several) into sheets.
import type { Indicator, Sheet } from '../types'
import { columnsOf, REQUIRED_COLUMNS } from './columns'
import { readGrid } from './grid'
import { readHeader, type TableHeader } from './header'
import { piecesOf } from './pieces'
import { pasteProblems, type PasteProblem } from './problems'
import { readRows } from './rows'
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

export function parseTargetTables(text: string): PastedTables {
  const lines = text.split(/\r\n|\r|\n/)
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
    unitName ??= header.unitName
    const prefix = section.kind === 'project' ? `p${++projects}` : 'd'
    const indicators = readIndicators(lines, section, prefix, problems)
    sheets.push(toSheet(section, header, indicators, documentYear, projects, unitName, problems))
  }
  return { sheets, ...(unitName !== undefined && { unitName }), problems }
}

function readIndicators(
  lines: readonly string[],
  section: TableSection,
  prefix: string,
  problems: PasteProblem[],
): Indicator[] {
  const titleAt = { line: section.titleLine + 1, text: lines[section.titleLine]!.trim() }
  if (section.columnsStart < 0) {
    problems.push({ ...titleAt, message: pasteProblems.noColumnHeader() })
    return []
  }
  const columns = columnsOf(columnHeaderText(lines, section))
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    problems.push({ ...titleAt, message: pasteProblems.missingColumns(missing) })
    return []
  }
  if (!columns.includes('weight')) problems.push({ ...titleAt, message: pasteProblems.noWeightColumn() })
  const rowLines = lines.slice(section.rowsStart, section.end)
  const { rows, problems: rowProblems } =
    readGrid(rowLines, section.rowsStart + 1, columns) ??
    readRows(piecesOf(rowLines, section.rowsStart + 1), columns)
  for (const p of rowProblems)
    problems.push({ line: p.line, text: p.text, message: pasteProblems.incompleteRow() })
  const indicators: Indicator[] = []
  for (const row of rows) {
    const indicator = toIndicator(row, `${prefix}-i${indicators.length + 1}`, problems)
    if (indicator) indicators.push(indicator)
  }
  return indicators
}

function toSheet(
  section: TableSection,
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
  const isProject = section.kind === 'project'
  return {
    id: isProject ? `${year}-proj-${projectNumber}` : `${year}-dept`,
    unitId: '',
    year,
    kind: section.kind,
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

function firstYear(text: string): number | undefined {
  const m = /(?:19|20)\d{2}(?=\s*年)/.exec(text)
  return m ? Number(m[0]) : undefined
}
