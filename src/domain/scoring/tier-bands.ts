// The score band of each 定性 tier and the one check of a score against it. The engine
// (judgementScore), the assessor's form (judgementScoreProblem), the exchange-file check
// (checkJudgements) and the database's refusal (validateAssessment) all ask tierBand / inTierBand.
import { Decimal, HUNDRED } from '../decimal'
import { TIER_BAND_PRESETS, TIERS, type Tier } from '../vocabulary'

/** Per cent of the weight each tier allows, [low, high] inclusive, in TIERS order (达成, 部分达成, 未达成). */
export type TierBands = readonly (readonly [number, number])[]

/** 财预〔2020〕10号: 达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % (docs/domain.md); a profile's `tierBands` may differ. */
export const NATIONAL_TIER_BANDS: TierBands = TIER_BAND_PRESETS.national

export interface Band {
  /** Inclusive bounds in points, plain decimals ("16", "20"). */
  low: string
  high: string
}

/** The points a tier allows on an indicator of `weight` points: weight × per cent / 100, exactly. */
export function tierBand(tier: Tier, weight: number | string, bands: TierBands = NATIONAL_TIER_BANDS): Band {
  const [lo, hi] = bands[TIERS.indexOf(tier)] ?? [0, 0]
  const w = new Decimal(weight)
  return { low: w.times(lo).div(HUNDRED).toFixed(), high: w.times(hi).div(HUNDRED).toFixed() }
}

/** Whether `score` lies inside the tier's band, bounds included; an unknown tier has no band. */
export function inTierBand(
  tier: Tier,
  weight: number | string,
  score: Decimal,
  bands: TierBands = NATIONAL_TIER_BANDS,
): boolean {
  if (!TIERS.includes(tier)) return false
  const band = tierBand(tier, weight, bands)
  return score.gte(band.low) && score.lte(band.high)
}
