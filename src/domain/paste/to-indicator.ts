import { matchPrefix, normalizeTargetText, parseTarget, type ParsedTarget } from '../target-text'
import type { Direction, Indicator, Measure } from '../types'
import { pasteProblems, type PasteProblem } from './problems'
import type { RawRow, RowCells } from './rows'

/** ★ ☆ marks a table puts on its key indicators; they are no part of the name. */
const MARKS = /^[\s★☆*＊]+|[\s★☆*＊]+$/g

/**
 * One row as an indicator. An unreadable cell is kept as written, with a problem in place, so
 * that the user fixes it in the preview: a weight that is no number reads as 0. Without a weight
 * column the weight is 0, to be filled in (the caller reports that once per table).
 */
export function toIndicator(row: RawRow, id: string, problems: PasteProblem[]): Indicator {
  const { cells } = row
  const name = (cells.name ?? '').replace(MARKS, '')
  const weightText = (cells.weight ?? '0')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(%|分)$/, '')
  const weightOk = /^\d+(\.\d+)?$/.test(weightText) || weightText === '/' || weightText === '-'
  if (!weightOk)
    problems.push({ line: row.line, text: name, message: pasteProblems.badWeight(cells.weight ?? '') })
  const weight = /^\d+(\.\d+)?$/.test(weightText) ? Number(weightText) : 0
  const direction = directionOf(cells.direction)
  const { parsed, targetText } = readTarget(cells, direction)
  // An empty cell is flagged and left for the user to fill in the preview: no target yet.
  const target = targetText.trim() === '' ? null : parsed.target
  if (parsed.problem && !(parsed.placeholder && weight === 0))
    problems.push({
      line: row.line,
      text: targetText,
      message: pasteProblems.unreadableTarget(parsed.problem),
    })
  if (parsed.flag)
    problems.push({
      line: row.line,
      text: targetText || name,
      message: pasteProblems.targetFlag(parsed.flag),
    })
  const measure: Measure =
    target && target.op !== 'qualitative' && target.unit === '%' ? 'latest' : 'cumulative'
  const optional = (key: 'rule' | 'basis' | 'lastYear' | 'evidence') =>
    cells[key] ? { [key]: cells[key] } : {}
  return {
    id,
    level1: cells.level1 ?? '',
    level2: cells.level2 ?? '',
    name,
    target,
    targetText,
    ...(direction && { direction }),
    weight,
    measure,
    ...optional('rule'),
    ...optional('basis'),
    ...optional('lastYear'),
    ...optional('evidence'),
  }
}

function directionOf(cell: string | undefined): Direction | undefined {
  if (!cell) return undefined
  if (/^(正向|正|越大越好|越高越好)/.test(cell.trim())) return 'forward'
  if (/^(反向|逆向|负向|反|越小越好|越低越好)/.test(cell.trim())) return 'reverse'
  return undefined
}

/**
 * The target from its cells: the value alone ("＞=4 次"), or spread over an operator column
 * and a unit column; the direction reads a bare number.
 */
function readTarget(
  cells: RowCells,
  direction: Direction | undefined,
): { parsed: ParsedTarget; targetText: string } {
  const value = cells.target ?? ''
  const opCell = [cells.op, cells.nature].find((c) => c && matchPrefix(normalizeTargetText(c))?.rest === '')
  const unit =
    cells.unit && value !== '' && !normalizeTargetText(value).endsWith(normalizeTargetText(cells.unit))
      ? cells.unit
      : undefined
  const printed = [opCell, value, unit].filter((c): c is string => !!c)
  const targetText = printed.join(printed.length > 1 ? ' ' : '')
  return { parsed: parseTarget(targetText, direction), targetText }
}
