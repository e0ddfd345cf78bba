// What a leader reads on a sheet's card: the score now and its grade, and the year-end projection
// as a range while 定性 indicators still await a judgement (they count 0 in the engine's figures,
// but may add up to the top of their best tier's band; docs/domain.md §3–4).
import { Decimal, ZERO, HUNDRED } from '../decimal'
import { gradeOf, type Grade } from '../scoring/grade'
import type { SheetScore } from '../scoring/types'
import type { ScoringProfile } from '../vocabulary'

export interface PendingJudgement {
  indicatorId: string
  name: string
  /** The most a judgement can give it: its effective weight × the best tier's upper bound. */
  points: string
}

export interface ScoreOutlook {
  current: { score: string; grade: Grade }
  /** low: the engine's projection (pending judgements count 0); high: with each at its band's top. */
  projected: { low: string; high: string; lowGrade: Grade; highGrade: Grade }
  pending: PendingJudgement[]
  /** The sum of the pending points, printed like the scores. */
  pendingPoints: string
}

const placesOf = (printed: string) => printed.split('.')[1]?.length ?? 0

/** `profile` is the sheet's resolved profile (resolveProfile): its grade thresholds and tier bands. */
export function scoreOutlook(
  score: SheetScore,
  profile: Pick<ScoringProfile, 'grades' | 'tierBands'>,
): ScoreOutlook {
  const places = placesOf(score.total)
  const top = profile.tierBands.reduce((best, [, hi]) => Math.max(best, hi), 0)
  const pending = score.indicators
    .filter((i) => i.flags.includes('needsJudgement'))
    .map((i) => ({
      indicatorId: i.id,
      name: i.name,
      points: new Decimal(i.effectiveWeight).times(top).div(HUNDRED).toFixed(places, Decimal.ROUND_HALF_UP),
    }))
  const pendingPoints = pending.reduce((s, p) => s.plus(p.points), ZERO)
  const low = new Decimal(score.projected)
  const high = low.plus(pendingPoints)
  return {
    current: { score: score.total, grade: gradeOf(new Decimal(score.total), profile.grades) },
    projected: {
      low: score.projected,
      high: high.toFixed(placesOf(score.projected)),
      lowGrade: gradeOf(low, profile.grades),
      highGrade: gradeOf(high, profile.grades),
    },
    pending,
    pendingPoints: pendingPoints.toFixed(places),
  }
}
