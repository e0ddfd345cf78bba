// One indicator line of a sheet: actual, score, flags, light and projection.
import type { Flag, Indicator, Judgement, Light, NotApplicable, Override, ScoringProfile } from '../types'
import { Decimal, ZERO, fmt, fmtPlain, fmtRate, roundScore } from '../decimal'
import { forwardLight, reverseLight, type LightReading } from '../monitoring/indicator-light'
import { tierLight } from '../monitoring/lights'
import { dueToDate, projectCumulative } from '../monitoring/projection'
import { ratio, valueOf, type Ratio } from '../monitoring/ratio'
import type { ActualValue } from './actuals'
import {
  isOvershoot,
  judgementScore,
  meets,
  ruleKindOf,
  scoreQuantity,
  type QuantityTarget,
  type RuleKind,
} from './rules'
import { indicatorTargetLabel } from './target-label'
import type { IndicatorScore } from './types'

export interface IndicatorContext {
  profile: ScoringProfile
  asOf: string
  timeProgress: Ratio
  monthReached: number
  effectiveWeight: Decimal
  actual: ActualValue
  judgement?: Judgement
  override?: Override
  notApplicable?: NotApplicable
}

export interface IndicatorItem {
  output: IndicatorScore
  /** Rounded score counted in the total; null = counts 0 (no judgement, not applicable). */
  points: Decimal | null
  projectedPoints: Decimal | null
}

/** What the rules give before a reviewer's override. */
interface Assessment {
  exact: Decimal | null
  projectedExact: Decimal | null
  actual: string | null
  flags: Flag[]
  light: LightReading
  expected: Decimal | null
  projectedActual: Decimal | null
  judgementOutOfBand?: true
}

const FLAG_ORDER: readonly Flag[] = [
  'overshoot',
  'override',
  'notApplicable',
  'needsJudgement',
  'noData',
  'badTarget',
]
const NO_LIGHT: LightReading = { light: 'none', value: null }

function twoPlaces(d: Decimal | null): string | null {
  return d === null ? null : fmtPlain(d.toDecimalPlaces(2))
}

function assessQualitative(indicator: Indicator, ctx: IndicatorContext): Assessment {
  const judgement = ctx.judgement
  const given = judgement ? judgementScore(judgement, indicator.weight) : null
  if (!judgement || given === null) {
    return {
      exact: null,
      projectedExact: null,
      actual: null,
      flags: ['needsJudgement'],
      light: NO_LIGHT,
      expected: null,
      projectedActual: null,
      ...(judgement ? { judgementOutOfBand: true as const } : {}),
    }
  }
  // The assessor scores against the published weight; a not-applicable rescale scales it alike.
  const exact = indicator.weight > 0 ? given.times(ctx.effectiveWeight).div(indicator.weight) : given
  const light: Light = ctx.timeProgress.num.gt(0) ? tierLight(judgement.tier) : 'none'
  return {
    exact,
    projectedExact: exact,
    actual: judgement.tier,
    flags: [],
    light: { light, value: null },
    expected: null,
    projectedActual: null,
  }
}

function quantityLight(
  kind: Exclude<RuleKind, 'qualitative'>,
  target: QuantityTarget,
  t: Decimal,
  due: Ratio,
  actual: Decimal,
  ctx: IndicatorContext,
): LightReading {
  if (ctx.timeProgress.num.lte(0)) return NO_LIGHT
  if (kind === 'reverse') return reverseLight(target.op, t, actual)
  const zeroTargetMet =
    kind === 'equal' ? actual.lte(t) : meets(kind === 'satisfaction' ? '>=' : target.op, t, actual)
  return forwardLight(t, due, actual, zeroTargetMet)
}

function assessQuantity(
  indicator: Indicator,
  kind: Exclude<RuleKind, 'qualitative'>,
  target: QuantityTarget,
  ctx: IndicatorContext,
): Assessment {
  const t = new Decimal(target.value)
  const { value: actual, hasData } = ctx.actual
  const flags: Flag[] = hasData ? [] : ['noData']
  const cumulative = indicator.measure === 'cumulative'
  const due = cumulative ? dueToDate(t, indicator.plan, ctx.monthReached, ctx.timeProgress) : ratio(t)
  const expected = valueOf(due)
  if (actual === null) {
    return {
      exact: ZERO,
      projectedExact: ZERO,
      actual: null,
      flags,
      light: NO_LIGHT,
      expected,
      projectedActual: null,
    }
  }
  if (kind !== 'reverse' && isOvershoot(t, actual, ctx.profile.overshootWarn)) flags.push('overshoot')
  const projectedActual = cumulative ? projectCumulative(actual, t, due, ctx.timeProgress) : actual
  return {
    exact: scoreQuantity(kind, target, actual, ctx.effectiveWeight, ctx.profile),
    projectedExact: scoreQuantity(kind, target, projectedActual, ctx.effectiveWeight, ctx.profile),
    actual: fmtPlain(actual),
    flags,
    light: quantityLight(kind, target, t, due, actual, ctx),
    expected,
    projectedActual,
  }
}

function assess(indicator: Indicator, ctx: IndicatorContext): Assessment {
  const kind = ruleKindOf(indicator)
  if (kind === null || indicator.target === null) {
    return {
      exact: ZERO,
      projectedExact: ZERO,
      actual: null,
      flags: ['badTarget'],
      light: NO_LIGHT,
      expected: null,
      projectedActual: null,
    }
  }
  if (kind === 'qualitative') return assessQualitative(indicator, ctx)
  return assessQuantity(indicator, kind, indicator.target as QuantityTarget, ctx)
}

/** A reviewer's score, if it is a number within [0, effective weight (to the cent)]. */
function acceptedOverride(override: Override | undefined, effectiveWeight: Decimal): Decimal | null {
  if (!override) return null
  let score: Decimal
  try {
    score = new Decimal(override.score)
  } catch {
    return null
  }
  return score.gte(0) && score.lte(effectiveWeight.toDecimalPlaces(2)) ? score : null
}

function sortedFlags(flags: Iterable<Flag>): Flag[] {
  const set = new Set(flags)
  return FLAG_ORDER.filter((flag) => set.has(flag))
}

export function scoreIndicator(indicator: Indicator, ctx: IndicatorContext): IndicatorItem {
  const rounding = ctx.profile.rounding
  const common = {
    id: indicator.id,
    name: indicator.name,
    target: indicatorTargetLabel(indicator),
  }
  const extras = {
    level1: indicator.level1,
    level2: indicator.level2,
    measure: indicator.measure,
    effectiveWeight: fmtRate(ctx.effectiveWeight),
  }
  if (ctx.notApplicable) {
    return {
      output: {
        ...common,
        actual: null,
        weight: indicator.weight,
        score: null,
        light: 'none',
        flags: ['notApplicable'],
        ...extras,
        effectiveWeight: fmtRate(ZERO),
        lightValue: null,
        expected: null,
        projectedActual: null,
        projectedScore: null,
        notApplicableReason: ctx.notApplicable.reason,
      },
      points: null,
      projectedPoints: null,
    }
  }

  const assessment = assess(indicator, ctx)
  let exact = assessment.exact
  let projectedExact = assessment.projectedExact
  const flags = new Set(assessment.flags)
  const override = ctx.override
  const overrideScore = acceptedOverride(override, ctx.effectiveWeight)
  if (overrideScore !== null) {
    exact = overrideScore
    projectedExact = overrideScore
    flags.add('override')
    // The reviewer has given the score, so no judgement is awaited any more.
    flags.delete('needsJudgement')
  }
  const points = exact === null ? null : roundScore(exact, rounding)
  const projectedPoints = projectedExact === null ? null : roundScore(projectedExact, rounding)
  const computed = assessment.exact === null ? null : fmt(roundScore(assessment.exact, rounding), rounding)

  const output: IndicatorScore = {
    ...common,
    actual: assessment.actual,
    weight: indicator.weight,
    score: points === null ? null : fmt(points, rounding),
    light: assessment.light.light,
    flags: sortedFlags(flags),
    ...extras,
    lightValue: assessment.light.value === null ? null : fmtRate(assessment.light.value),
    expected: twoPlaces(assessment.expected),
    projectedActual: twoPlaces(assessment.projectedActual),
    projectedScore: projectedPoints === null ? null : fmt(projectedPoints, rounding),
  }
  if (override && overrideScore !== null) {
    output.computedScore = computed
    output.overrideReason = override.reason
  } else if (override) {
    output.overrideOutOfRange = true
  }
  if (assessment.judgementOutOfBand) output.judgementOutOfBand = true
  return { output, points, projectedPoints }
}
