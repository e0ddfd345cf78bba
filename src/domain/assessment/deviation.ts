// Which indicators the form must explain (偏差原因分析及改进措施): those that fell short of their
// target and those the engine flags as overshooting (actual / target ≥ profile.overshootWarn).
import type { DeviationCause, Indicator } from '../types'
import { Decimal } from '../decimal'
import type { IndicatorScore } from '../scoring/types'
import { meets, ruleKindOf } from '../scoring/rules'

export type DeviationNeed = 'shortfall' | 'overshoot'

/** Locale-key names of the cause classes. */
export const CAUSE_KEYS: Readonly<Record<DeviationCause, string>> = {
  经费保障: 'funding',
  制度保障: 'rules',
  人员保障: 'staffing',
  硬件保障: 'equipment',
  其他: 'other',
}

/** Whether the actual value reaches the target under the indicator's rule (the engine's notion of "met"). */
function targetMet(indicator: Indicator, actual: Decimal): boolean {
  const target = indicator.target
  if (!target || target.op === 'qualitative') return true
  const t = new Decimal(target.value)
  switch (ruleKindOf(indicator)) {
    case 'satisfaction':
      return actual.gte(t)
    case 'equal':
      return t.gt(0) ? actual.gte(t) : actual.lte(t)
    default:
      return meets(target.op, t, actual)
  }
}

/**
 * Why this indicator needs a deviation reason, or null. Not applicable: never. 定性: any tier but 达成.
 * Quantities: the actual misses the target (no reading at all is a missing datum, not yet a shortfall),
 * or the engine flags an overshoot.
 */
export function deviationNeed(indicator: Indicator, score: IndicatorScore): DeviationNeed | null {
  if (score.flags.includes('notApplicable')) return null
  if (score.flags.includes('overshoot')) return 'overshoot'
  if (indicator.target?.op === 'qualitative') {
    return score.actual !== null && score.actual !== '达成' ? 'shortfall' : null
  }
  if (score.flags.includes('badTarget')) return null
  if (score.actual === null) return null
  return targetMet(indicator, new Decimal(score.actual)) ? null : 'shortfall'
}
