// What makes a judgement or an override acceptable for its indicator. The exchange-file check
// (exchange/checks/judgements.ts) reports these as findings; the database (db/assessments.ts)
// refuses the write with the same words. One rule, two callers.
import { dec } from '../decimal'
import { inTierBand, NATIONAL_TIER_BANDS, tierBand, type TierBands } from '../scoring/tier-bands'
import type { Indicator, Judgement, Override } from '../types'

export interface RecordProblem {
  /** The record's field at fault. */
  field: 'indicatorId' | 'score'
  code: 'judgementNotQualitative' | 'judgementOutOfBand' | 'overrideOutOfRange'
  zh: string
  en: string
}

type IndicatorFacts = Pick<Indicator, 'name' | 'weight' | 'target'>

/** Why this 定性 judgement cannot stand, or null: only a qualitative indicator is judged, inside its tier's band (the sheet's profile's bands). */
export function judgementProblem(
  j: Pick<Judgement, 'tier' | 'score'>,
  indicator: IndicatorFacts,
  bands: TierBands = NATIONAL_TIER_BANDS,
): RecordProblem | null {
  if (indicator.target?.op !== 'qualitative') {
    return {
      field: 'indicatorId',
      code: 'judgementNotQualitative',
      zh: `指标“${indicator.name}”不是定性指标，不能按评判等级赋分。`,
      en: `Indicator "${indicator.name}" is not qualitative and cannot be judged by tier.`,
    }
  }
  if (inTierBand(j.tier, indicator.weight, dec(j.score), bands)) return null
  const { low, high } = tierBand(j.tier, indicator.weight, bands)
  return {
    field: 'score',
    code: 'judgementOutOfBand',
    zh: `“${j.tier}”的得分应在 ${low}–${high} 之间，实际为 ${j.score}。`,
    en: `A "${j.tier}" score must lie between ${low} and ${high}; it is ${j.score}.`,
  }
}

/** Why this override's score cannot stand, or null: it lies within 0 and the published weight. */
export function overrideProblem(
  o: Pick<Override, 'score'>,
  indicator: Pick<Indicator, 'weight'>,
): RecordProblem | null {
  const score = dec(o.score)
  if (score.gte(0) && score.lte(indicator.weight)) return null
  return {
    field: 'score',
    code: 'overrideOutOfRange',
    zh: `调整后的得分应在 0–${indicator.weight} 之间，实际为 ${o.score}。`,
    en: `An overridden score must lie between 0 and ${indicator.weight}; it is ${o.score}.`,
  }
}
