// One indicator line in exact fractions: the same rules, in the same order, as ../indicator.ts (the
// decimal.js path, which stays the reference); the property test compares the two on random sheets.
import type {
  Flag,
  Indicator,
  Judgement,
  Light,
  NotApplicable,
  Override,
  PlanMilestone,
  ScoringProfile,
} from '../../types'
import { Decimal } from '../../decimal'
import { tierLight } from '../../monitoring/lights'
import { judgementScore } from '../rules'
import type { TierBands } from '../tier-bands'
import { TIERS } from '../../vocabulary'
import { indicatorTargetLabel } from '../target-label'
import type { IndicatorScore } from '../types'
import {
  Q0,
  cmp,
  exactUnits,
  fixed,
  notFast,
  numberQ,
  parseScaled,
  plain,
  q,
  qDiv,
  qInt,
  qMul,
  qSub,
  roundUnits,
  scaledQ,
  terminates,
  textQ,
  type Q,
  type RoundingMode,
} from './rational'

export interface FastActual {
  /** null for a reading never taken by the as-of date. */
  value: Q | null
  hasData: boolean
}

export interface FastIndicatorContext {
  profile: ScoringProfile
  /** Places and mode of a score figure. */
  places: number
  mode: RoundingMode
  /** 序时进度 as num / den. */
  tp: Q
  monthReached: number
  effectiveWeight: Q
  actual: FastActual
  judgement?: Judgement
  override?: Override
  notApplicable?: NotApplicable
}

export interface FastIndicatorItem {
  output: IndicatorScore
  /** Rounded score in 10^-places units; null = counts 0. */
  points: number | null
  projectedPoints: number | null
}

const HUNDRED = qInt(100)
const SIXTY = qInt(60)
const EIGHTY = qInt(80)
const HUNDRED_TWENTY = qInt(120)

interface Reading {
  light: Light
  value: Q | null
}
const NO_LIGHT: Reading = { light: 'none', value: null }

/** A score to round: the exact value, and whether it came through an inexact (projected) step. */
interface Score {
  value: Q
  guarded: boolean
}

interface Assessment {
  exact: Score | null
  projectedExact: Score | null
  actual: string | null
  overshoot: boolean
  needsJudgement: boolean
  noData: boolean
  badTarget: boolean
  light: Reading
  expected: Q | null
  projectedActual: Q | null
  judgementOutOfBand?: true
}

const rate2 = (v: Q) => fixed(roundUnits(v, 2, 'halfUp'), 2)
const plain2 = (v: Q) => plain(roundUnits(v, 2, 'halfUp'), 2)
const plainExact = (v: Q) => {
  const s = exactUnits(v)
  return plain(s.n, s.places)
}

function band(v: Q): Light {
  if (cmp(v, HUNDRED_TWENTY) >= 0) return 'blue'
  if (cmp(v, SIXTY) < 0) return 'red'
  return cmp(v, EIGHTY) < 0 ? 'yellow' : 'green'
}

function clamp(score: Q, weight: Q): Q {
  if (score.num < 0) return Q0
  return cmp(score, weight) > 0 ? weight : score
}

type Op = '>=' | '>' | '=' | '<=' | '<'

function meets(op: Op, t: Q, a: Q): boolean {
  const c = cmp(a, t)
  if (op === '>=' || op === '=') return c >= 0
  if (op === '>') return c > 0
  if (op === '<=') return c <= 0
  return c < 0
}

function forward(op: Op, t: Q, a: Q, w: Q): Q {
  if (meets(op, t, a)) return w
  if (t.num <= 0) return Q0
  return clamp(qDiv(qMul(w, a), t), w)
}

type Kind = 'forward' | 'equal' | 'reverse' | 'satisfaction'

function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%' || unit.trim() === '％'
}

/** scoreQuantity of ../rules.ts. */
function quantityScore(kind: Kind, op: Op, unit: string, t: Q, a: Q, w: Q, profile: ScoringProfile): Q {
  switch (kind) {
    case 'forward':
      return forward(op, t, a, w)
    case 'equal':
      if (t.num > 0) return forward('>=', t, a, w)
      return cmp(a, t) <= 0 ? w : Q0
    case 'reverse': {
      if (cmp(a, t) <= 0) return w
      if (t.num <= 0) return Q0
      const score =
        profile.reverse === 'linear' ? qDiv(qMul(w, qSub(qMul(qInt(2), t), a)), t) : qDiv(qMul(w, t), a)
      return clamp(score, w)
    }
    case 'satisfaction':
      if (profile.satisfaction === 'rate' && isPercentUnit(unit)) return clamp(qDiv(qMul(w, a), HUNDRED), w)
      return forward('>=', t, a, w)
  }
}

/** Whether a level name contains 满意度 (level names are short: a scan costs less than a lookup). */
const satisfactionLevel = (level: string): boolean => level.includes('满意度')

/** ruleKindOf of ../rules.ts. */
function kindOf(indicator: Indicator): Kind | 'qualitative' | null {
  const target = indicator.target
  if (!target) return null
  if (target.op === 'qualitative') return 'qualitative'
  if (
    satisfactionLevel(indicator.level1) ||
    satisfactionLevel(indicator.level2) ||
    indicator.rule === '满意度赋分'
  )
    return 'satisfaction'
  if (target.op === '=') return 'equal'
  if (target.op === '<=' || target.op === '<') return 'reverse'
  return 'forward'
}

function assessQualitative(indicator: Indicator, ctx: FastIndicatorContext): Assessment {
  const judgement = ctx.judgement
  const g = judgement ? judgedScore(judgement, indicator.weight, ctx.profile.tierBands) : null
  if (!judgement || g === null) {
    return {
      exact: null,
      projectedExact: null,
      actual: null,
      overshoot: false,
      needsJudgement: true,
      noData: false,
      badTarget: false,
      light: NO_LIGHT,
      expected: null,
      projectedActual: null,
      ...(judgement ? { judgementOutOfBand: true as const } : {}),
    }
  }
  const exact = indicator.weight > 0 ? qDiv(qMul(g, ctx.effectiveWeight), numberQ(indicator.weight)) : g
  const light: Light = ctx.tp.num > 0 ? tierLight(judgement.tier) : 'none'
  const score = { value: exact, guarded: false }
  return {
    exact: score,
    projectedExact: score,
    actual: judgement.tier,
    overshoot: false,
    needsJudgement: false,
    noData: false,
    badTarget: false,
    light: { light, value: null },
    expected: null,
    projectedActual: null,
  }
}

/**
 * judgementScore of ../rules.ts in fractions: the score if inside its tier's band (weight × per cent
 * / 100, bounds included), else null. A score in a spelling other than a plain decimal goes through
 * decimal.js there.
 */
function judgedScore(judgement: Judgement, weight: number, bands: TierBands): Q | null {
  const plainScore = parseScaled(judgement.score)
  if (!plainScore) {
    const given = judgementScore(judgement, weight, bands)
    return given === null ? null : textQ(given.toFixed())
  }
  const tier = TIERS.indexOf(judgement.tier)
  if (tier < 0) return null
  const [low, high] = bands[tier] ?? [0, 0]
  const score = qMul(scaledQ(plainScore), HUNDRED)
  const w = numberQ(weight)
  return cmp(score, qMul(w, numberQ(low))) >= 0 && cmp(score, qMul(w, numberQ(high))) <= 0
    ? scaledQ(plainScore)
    : null
}

/** plannedToDate of ../../monitoring/projection.ts: the value at the last milestone on or before `month`. */
function plannedToDate(plan: readonly PlanMilestone[], month: number): Q {
  let reached = 0
  let value: string | null = null
  for (const milestone of plan) {
    if (milestone.month <= month && milestone.month >= reached) {
      reached = milestone.month
      value = milestone.value
    }
  }
  return value === null ? Q0 : textQ(value)
}

function assessQuantity(indicator: Indicator, kind: Kind, ctx: FastIndicatorContext): Assessment {
  const target = indicator.target as { op: Op; value: string; unit: string }
  const t = textQ(target.value)
  const { value: actual, hasData } = ctx.actual
  const cumulative = indicator.measure === 'cumulative'
  const tp = ctx.tp
  // What is due by now (dueToDate): the plan's milestone, else target × time progress.
  let due: Q
  if (cumulative) {
    due =
      indicator.plan && indicator.plan.length > 0
        ? plannedToDate(indicator.plan, ctx.monthReached)
        : qMul(t, tp)
  } else due = t
  if (actual === null) {
    const score = { value: Q0, guarded: false }
    return {
      exact: score,
      projectedExact: score,
      actual: null,
      overshoot: false,
      needsJudgement: false,
      noData: !hasData,
      badTarget: false,
      light: NO_LIGHT,
      expected: due,
      projectedActual: null,
    }
  }
  const threshold = numberQ(ctx.profile.overshootWarn)
  const overshoot = kind !== 'reverse' && t.num > 0 && cmp(qDiv(actual, t), threshold) >= 0
  let projected = actual
  if (cumulative && tp.num < tp.den && due.num > 0 && t.num > 0) projected = qDiv(qMul(actual, t), due)
  // decimal.js rounded the projection at its 40th digit when it does not terminate.
  const guarded = !terminates(projected)
  const w = ctx.effectiveWeight
  return {
    exact: { value: quantityScore(kind, target.op, target.unit, t, actual, w, ctx.profile), guarded: false },
    projectedExact: {
      value: quantityScore(kind, target.op, target.unit, t, projected, w, ctx.profile),
      guarded,
    },
    actual: plainExact(actual),
    overshoot,
    needsJudgement: false,
    noData: !hasData,
    badTarget: false,
    light: quantityLight(kind, target.op, t, due, actual, tp),
    expected: due,
    projectedActual: projected,
  }
}

function quantityLight(kind: Kind, op: Op, t: Q, due: Q, actual: Q, tp: Q): Reading {
  if (tp.num <= 0) return NO_LIGHT
  if (kind === 'reverse') {
    const within = op === '<' ? cmp(actual, t) < 0 : cmp(actual, t) <= 0
    return { light: within ? 'green' : 'red', value: t.num > 0 ? qDiv(qMul(actual, HUNDRED), t) : null }
  }
  const zeroTargetMet =
    kind === 'equal' ? cmp(actual, t) <= 0 : meets(kind === 'satisfaction' ? '>=' : op, t, actual)
  if (t.num <= 0) return { light: zeroTargetMet ? 'green' : 'red', value: null }
  if (due.num <= 0) return { light: actual.num > 0 ? 'blue' : 'green', value: null }
  const value = qDiv(qMul(actual, HUNDRED), due)
  return { light: band(value), value }
}

function assess(indicator: Indicator, ctx: FastIndicatorContext): Assessment {
  const kind = kindOf(indicator)
  if (kind === null || indicator.target === null) {
    const score = { value: Q0, guarded: false }
    return {
      exact: score,
      projectedExact: score,
      actual: null,
      overshoot: false,
      needsJudgement: false,
      noData: false,
      badTarget: true,
      light: NO_LIGHT,
      expected: null,
      projectedActual: null,
    }
  }
  if (kind === 'qualitative') return assessQualitative(indicator, ctx)
  return assessQuantity(indicator, kind, ctx)
}

/** A reviewer's score within [0, effective weight to the cent]. */
function acceptedOverride(override: Override | undefined, effectiveWeight: Q): Q | null {
  if (!override) return null
  const plainScore = parseScaled(override.score)
  if (!plainScore) {
    // Not a plain non-negative decimal: refused as ../indicator.ts refuses it (unreadable or below
    // 0), or, in another spelling decimal.js reads ("1e1"), left to that path.
    let score: Decimal
    try {
      score = new Decimal(override.score)
    } catch {
      return null
    }
    return score.gte(0) ? notFast() : null
  }
  const score = scaledQ(plainScore)
  const cap = q(roundUnits(effectiveWeight, 2, 'halfUp'), 100)
  return cmp(score, cap) <= 0 ? score : null
}

export function fastIndicator(indicator: Indicator, ctx: FastIndicatorContext): FastIndicatorItem {
  const { places, mode } = ctx
  // Field order as ../indicator.ts gives it (the command line's JSON prints it), written out in one
  // literal: spreading partial objects into it cost more than all the arithmetic.
  if (ctx.notApplicable) {
    return {
      output: {
        id: indicator.id,
        name: indicator.name,
        target: indicatorTargetLabel(indicator),
        actual: null,
        weight: indicator.weight,
        score: null,
        light: 'none',
        flags: ['notApplicable'],
        level1: indicator.level1,
        level2: indicator.level2,
        measure: indicator.measure,
        effectiveWeight: '0.00',
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

  const a = assess(indicator, ctx)
  const override = ctx.override
  const overrideScore = acceptedOverride(override, ctx.effectiveWeight)
  const computed = a.exact === null ? null : roundUnits(a.exact.value, places, mode, a.exact.guarded)
  let points = computed
  let projectedPoints =
    a.projectedExact === null
      ? null
      : roundUnits(a.projectedExact.value, places, mode, a.projectedExact.guarded)
  let needsJudgement = a.needsJudgement
  if (overrideScore !== null) {
    points = projectedPoints = roundUnits(overrideScore, places, mode)
    needsJudgement = false
  }
  // FLAG_ORDER of ../indicator.ts.
  const flags: Flag[] = []
  if (a.overshoot) flags.push('overshoot')
  if (overrideScore !== null) flags.push('override')
  if (needsJudgement) flags.push('needsJudgement')
  if (a.noData) flags.push('noData')
  if (a.badTarget) flags.push('badTarget')

  const output: IndicatorScore = {
    id: indicator.id,
    name: indicator.name,
    target: indicatorTargetLabel(indicator),
    actual: a.actual,
    weight: indicator.weight,
    score: points === null ? null : fixed(points, places),
    light: a.light.light,
    flags,
    level1: indicator.level1,
    level2: indicator.level2,
    measure: indicator.measure,
    effectiveWeight: rate2(ctx.effectiveWeight),
    lightValue: a.light.value === null ? null : rate2(a.light.value),
    expected: a.expected === null ? null : plain2(a.expected),
    projectedActual: a.projectedActual === null ? null : plain2(a.projectedActual),
    projectedScore: projectedPoints === null ? null : fixed(projectedPoints, places),
  }
  if (override && overrideScore !== null) {
    output.computedScore = computed === null ? null : fixed(computed, places)
    output.overrideReason = override.reason
  } else if (override) {
    output.overrideOutOfRange = true
  }
  if (a.judgementOutOfBand) output.judgementOutOfBand = true
  return { output, points, projectedPoints }
}
