// Each indicator's completion against its full-year target and against what is due by now.
import { Decimal, HUNDRED, fmtRate } from '../decimal'
import type { IndicatorScore } from '../scoring/types'
import type { Comparator, Indicator, Light } from '../types'

export interface CompletionRow {
  id: string
  name: string
  op: Comparator
  target: string
  /** actual / target × 100, 2 places; null without a reading. */
  completion: string | null
  /** what is due by now / target × 100, 2 places (100 for readings, which are not spread over the year). */
  expected: string | null
  light: Light
}

function percentOf(value: string | null, target: Decimal): string | null {
  return value === null ? null : fmtRate(new Decimal(value).times(HUNDRED).div(target))
}

/**
 * Quantitative indicators with a positive target, in sheet order. Qualitative, unreadable and
 * not-applicable ones have no percentage and are left to the tables.
 */
export function completionRows(
  indicators: readonly Indicator[],
  scores: readonly IndicatorScore[],
): CompletionRow[] {
  const byId = new Map(scores.map((s) => [s.id, s]))
  const rows: CompletionRow[] = []
  for (const indicator of indicators) {
    const score = byId.get(indicator.id)
    const target = indicator.target
    if (!score || !target || target.op === 'qualitative' || score.flags.includes('notApplicable')) continue
    const t = new Decimal(target.value)
    if (t.lte(0)) continue
    rows.push({
      id: indicator.id,
      name: indicator.name,
      op: target.op,
      target: score.target,
      completion: percentOf(score.actual, t),
      expected: percentOf(score.expected, t),
      light: score.light,
    })
  }
  return rows
}
