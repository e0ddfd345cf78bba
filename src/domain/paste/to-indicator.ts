import { formatTarget, matchPrefix, normalizeTargetText, parseTarget } from '../target-text'
import type { Indicator, Measure, Target } from '../types'
import { pasteProblems, type PasteProblem } from './problems'
import type { RawRow, RowCells } from './rows'

/**
 * One row as an indicator; null (with a problem) when its weight is not a number. Without a
 * weight column the weight is 0, to be filled in (the caller reports that once per table).
 */
export function toIndicator(row: RawRow, id: string, problems: PasteProblem[]): Indicator | null {
  const { cells } = row
  const weightText = (cells.weight ?? '0').normalize('NFKC').replace(/%$/, '')
  if (!/^\d+(\.\d+)?$/.test(weightText)) {
    problems.push({
      line: row.line,
      text: cells.name ?? '',
      message: pasteProblems.badWeight(cells.weight ?? ''),
    })
    return null
  }
  const { target, targetText, problem } = readTarget(cells)
  if (problem)
    problems.push({ line: row.line, text: targetText, message: pasteProblems.unreadableTarget(problem) })
  const measure: Measure =
    target && target.op !== 'qualitative' && target.unit === '%' ? 'latest' : 'cumulative'
  const optional = (key: 'rule' | 'basis' | 'lastYear' | 'evidence') =>
    cells[key] ? { [key]: cells[key] } : {}
  return {
    id,
    level1: cells.level1 ?? '',
    level2: cells.level2 ?? '',
    name: cells.name ?? '',
    target,
    targetText,
    weight: Number(weightText),
    measure,
    ...optional('rule'),
    ...optional('basis'),
    ...optional('lastYear'),
    ...optional('evidence'),
  }
}

/**
 * The target from its cells: the value alone ("＞=4 次"), or spread over an operator column,
 * a unit column and a direction column (正向 → ≥, 反向 → ≤ where no operator is printed).
 */
function readTarget(cells: RowCells): {
  target: Target | null
  targetText: string
  problem?: ReturnType<typeof parseTarget>['problem']
} {
  const value = cells.target ?? ''
  const opCell = [cells.op, cells.nature].find((c) => c && matchPrefix(normalizeTargetText(c))?.rest === '')
  const unit =
    cells.unit && !normalizeTargetText(value).endsWith(normalizeTargetText(cells.unit))
      ? cells.unit
      : undefined
  const printed = [opCell, value, unit].filter((c): c is string => !!c)
  const joined = printed.join(printed.length > 1 ? ' ' : '')
  const parsed = parseTarget(joined)
  if (!parsed.target || parsed.target.op === 'qualitative') return { ...parsed, targetText: joined }
  const explicit =
    opCell !== undefined || matchPrefix(normalizeTargetText(value)) !== null || /以[上下内]$/.test(value)
  const direction = cells.direction?.startsWith('反向')
    ? '<='
    : cells.direction?.startsWith('正向')
      ? '>='
      : null
  if (explicit || direction === null) return { target: parsed.target, targetText: joined }
  const target: Target = { ...parsed.target, op: direction }
  return { target, targetText: formatTarget(target) }
}
