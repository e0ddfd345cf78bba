// The score of one indicator under its rule and the sheet's profile (docs/domain.md §3, the profile table of docs/exchange-format.md).
import type { Comparator, Indicator, Judgement, ScoringProfile, Target } from '../types'
import { Decimal, HUNDRED, ZERO } from '../decimal'
import { inTierBand, NATIONAL_TIER_BANDS, type TierBands } from './tier-bands'

export type RuleKind = 'forward' | 'equal' | 'reverse' | 'satisfaction' | 'qualitative'
export type QuantityTarget = Extract<Target, { op: Comparator }>

export function isSatisfaction(indicator: Pick<Indicator, 'level1' | 'level2' | 'rule'>): boolean {
  return (
    indicator.level1.includes('满意度') ||
    indicator.level2.includes('满意度') ||
    indicator.rule === '满意度赋分'
  )
}

/** null when the target could not be read. */
export function ruleKindOf(
  indicator: Pick<Indicator, 'level1' | 'level2' | 'rule' | 'target'>,
): RuleKind | null {
  const target = indicator.target
  if (!target) return null
  if (target.op === 'qualitative') return 'qualitative'
  if (isSatisfaction(indicator)) return 'satisfaction'
  if (target.op === '=') return 'equal'
  if (target.op === '<=' || target.op === '<') return 'reverse'
  return 'forward'
}

/** Whether the actual value meets the comparator literally ("=" is met from the target up, as for ≥). */
export function meets(op: Comparator, target: Decimal, actual: Decimal): boolean {
  switch (op) {
    case '>=':
    case '=':
      return actual.gte(target)
    case '>':
      return actual.gt(target)
    case '<=':
      return actual.lte(target)
    case '<':
      return actual.lt(target)
  }
}

function clamp(score: Decimal, weight: Decimal): Decimal {
  if (score.lt(0)) return ZERO
  return score.gt(weight) ? weight : score
}

/** ≥ and >: met → full weight; short → weight × actual / target. */
export function scoreForward(op: Comparator, target: Decimal, actual: Decimal, weight: Decimal): Decimal {
  if (meets(op, target, actual)) return weight
  if (target.lte(0)) return ZERO
  return clamp(weight.times(actual).div(target), weight)
}

/** "=": as ≥ for a positive target; a zero target is met only by nothing at all. */
export function scoreEqual(target: Decimal, actual: Decimal, weight: Decimal): Decimal {
  if (target.gt(0)) return scoreForward('>=', target, actual, weight)
  return actual.lte(target) ? weight : ZERO
}

/** ≤ and <: met → full; short → "linear" w × (1 − (a − t)/t), 0 from 2t, or "ratio" w × t / a. */
export function scoreReverse(
  target: Decimal,
  actual: Decimal,
  weight: Decimal,
  mode: ScoringProfile['reverse'],
): Decimal {
  if (actual.lte(target)) return weight
  if (target.lte(0)) return ZERO
  const score =
    mode === 'linear'
      ? weight.times(target.times(2).minus(actual)).div(target)
      : weight.times(target).div(actual)
  return clamp(score, weight)
}

function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%' || unit.trim() === '％'
}

/** 满意度: "target" scores as ≥; "rate" gives w × rate/100 (98 % of 20 → 19.6), where the unit is a percentage. */
export function scoreSatisfaction(
  target: QuantityTarget,
  actual: Decimal,
  weight: Decimal,
  mode: ScoringProfile['satisfaction'],
): Decimal {
  if (mode === 'rate' && isPercentUnit(target.unit)) return clamp(weight.times(actual).div(HUNDRED), weight)
  return scoreForward('>=', new Decimal(target.value), actual, weight)
}

/** The exact score of a quantitative indicator against an (effective) weight. */
export function scoreQuantity(
  kind: Exclude<RuleKind, 'qualitative'>,
  target: QuantityTarget,
  actual: Decimal,
  weight: Decimal,
  profile: ScoringProfile,
): Decimal {
  const t = new Decimal(target.value)
  switch (kind) {
    case 'forward':
      return scoreForward(target.op, t, actual, weight)
    case 'equal':
      return scoreEqual(t, actual, weight)
    case 'reverse':
      return scoreReverse(t, actual, weight, profile.reverse)
    case 'satisfaction':
      return scoreSatisfaction(target, actual, weight, profile.satisfaction)
  }
}

/** A judgement's score if it lies inside its tier's band (the profile's bands) of the published weight; null otherwise (never clamped). */
export function judgementScore(
  judgement: Judgement,
  weight: number,
  bands: TierBands = NATIONAL_TIER_BANDS,
): Decimal | null {
  let score: Decimal
  try {
    score = new Decimal(judgement.score)
  } catch {
    return null
  }
  return inTierBand(judgement.tier, weight, score, bands) ? score : null
}

/** Overshoot (目标设定偏低): actual / target at or above the profile's threshold. */
export function isOvershoot(target: Decimal, actual: Decimal, threshold: number): boolean {
  if (target.lte(0)) return false
  return actual.div(target).gte(threshold)
}
