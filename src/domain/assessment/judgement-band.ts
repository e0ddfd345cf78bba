// The score band of each 定性 tier, checked while the assessor types (the db refuses the same).
import type { Tier } from '../types'
import { Decimal } from '../decimal'
import { TIER_BANDS } from '../scoring/rules'

export const TIERS: readonly Tier[] = ['达成', '部分达成', '未达成']

export interface Band {
  /** Inclusive bounds in points, plain decimals ("16", "20"). */
  low: string
  high: string
}

/** The points a tier allows on an indicator of `weight` points: 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %. */
export function tierBand(tier: Tier, weight: number): Band {
  const [lo, hi] = TIER_BANDS[tier]
  const w = new Decimal(weight)
  return { low: w.times(lo).toFixed(), high: w.times(hi).toFixed() }
}

const SCORE_TEXT = /^\d{1,3}(\.\d{1,2})?$/

export type ScoreProblem = 'empty' | 'notNumber' | 'outOfBand'

/** Why a typed score cannot be saved for this tier, or null when it can. At most 2 decimal places. */
export function judgementScoreProblem(tier: Tier, weight: number, text: string): ScoreProblem | null {
  const value = text.trim()
  if (value === '') return 'empty'
  if (!SCORE_TEXT.test(value)) return 'notNumber'
  const band = tierBand(tier, weight)
  const score = new Decimal(value)
  return score.lt(band.low) || score.gt(band.high) ? 'outOfBand' : null
}

/** Why a typed override score cannot be saved: it must lie within 0 and the indicator's effective weight. */
export function overrideScoreProblem(effectiveWeight: string, text: string): ScoreProblem | null {
  const value = text.trim()
  if (value === '') return 'empty'
  if (!SCORE_TEXT.test(value)) return 'notNumber'
  return new Decimal(value).gt(effectiveWeight) ? 'outOfBand' : null
}
