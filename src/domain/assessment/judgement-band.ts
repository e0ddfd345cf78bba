// A typed 定性 score checked while the assessor types, against the same band the db refuses
// (scoring/tier-bands.ts).
import type { Tier } from '../types'
import { Decimal } from '../decimal'
import { inTierBand, NATIONAL_TIER_BANDS, type TierBands } from '../scoring/tier-bands'

const SCORE_TEXT = /^\d{1,3}(\.\d{1,2})?$/

export type ScoreProblem = 'empty' | 'notNumber' | 'outOfBand'

/** Why a typed score cannot be saved for this tier, or null when it can. At most 2 decimal places. */
export function judgementScoreProblem(
  tier: Tier,
  weight: number,
  text: string,
  bands: TierBands = NATIONAL_TIER_BANDS,
): ScoreProblem | null {
  const value = text.trim()
  if (value === '') return 'empty'
  if (!SCORE_TEXT.test(value)) return 'notNumber'
  return inTierBand(tier, weight, new Decimal(value), bands) ? null : 'outOfBand'
}

/** Why a typed override score cannot be saved: it must lie within 0 and the indicator's effective weight. */
export function overrideScoreProblem(effectiveWeight: string, text: string): ScoreProblem | null {
  const value = text.trim()
  if (value === '') return 'empty'
  if (!SCORE_TEXT.test(value)) return 'notNumber'
  return new Decimal(value).gt(effectiveWeight) ? 'outOfBand' : null
}
