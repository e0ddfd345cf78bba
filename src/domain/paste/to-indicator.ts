import { parseTarget } from '../target'
import type { Indicator, Measure } from '../types'
import { pasteProblems, type PasteProblem } from './problems'
import type { RawRow } from './rows'

/** One row as an indicator; null (with a problem) when its weight is not a number. */
export function toIndicator(row: RawRow, id: string, problems: PasteProblem[]): Indicator | null {
  const { cells } = row
  const weightText = (cells.weight ?? '').normalize('NFKC')
  if (!/^\d+(\.\d+)?$/.test(weightText)) {
    problems.push({
      line: row.line,
      text: cells.name ?? '',
      message: pasteProblems.badWeight(cells.weight ?? ''),
    })
    return null
  }
  const targetText = cells.target ?? ''
  const { target, problem } = parseTarget(targetText)
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
