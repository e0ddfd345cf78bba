// The budget line (预算执行率) in exact fractions: the same rules as ../budget.ts, the reference.
import type { Budget, ScoringProfile, SpendingEntry } from '../../types'
import { DecimalAccumulator } from '../../exact-sum'
import { OVERSPENT } from '../../vocabulary'
import type { BudgetScore } from '../types'
import {
  Q0,
  cmp,
  exactUnits,
  fixed,
  millionthsQ,
  money,
  notFast,
  qDiv,
  qInt,
  qMul,
  roundUnits,
  terminates,
  textQ,
  type Q,
  type RoundingMode,
} from './rational'

const HUNDRED = qInt(100)

export interface FastBudgetItem {
  output: BudgetScore
  points: number
  projectedPoints: number
}

function score(executed: Q, basis: Q, weight: Q, cap: boolean): Q {
  if (basis.num <= 0) return Q0
  const s = qDiv(qMul(weight, executed), basis)
  return cap && cmp(s, weight) > 0 ? weight : s
}

const rate2 = (v: Q) => fixed(roundUnits(v, 2, 'halfUp'), 2)
const moneyOf = (v: Q) => {
  const s = exactUnits(v)
  return money(s.n, s.places)
}

export function fastBudgetItem(input: {
  budget: Budget
  spending: readonly SpendingEntry[]
  asOf: string
  profile: ScoringProfile
  places: number
  mode: RoundingMode
  effectiveWeight: Q
  tp: Q
}): FastBudgetItem {
  const { profile, places, mode, effectiveWeight: w, tp } = input
  const basis = textQ(profile.budgetBasis === 'initial' ? input.budget.initial : input.budget.adjusted)
  const sum = new DecimalAccumulator()
  for (const entry of input.spending) if (entry.date <= input.asOf) sum.add(entry.amount)
  const millionths = sum.exactMillionths()
  // Refunds beyond the spending (a negative total) and values beyond millionths go the decimal.js way.
  if (millionths === null || millionths < 0) notFast()
  const executed = millionthsQ(millionths)
  const rate = basis.num > 0 ? qDiv(qMul(executed, HUNDRED), basis) : Q0
  const points = roundUnits(score(executed, basis, w, profile.budgetCap), places, mode)
  const yearOver = tp.num >= tp.den
  const projected = yearOver || tp.num <= 0 ? executed : qDiv(executed, tp)
  const projectedPoints = roundUnits(
    score(projected, basis, w, profile.budgetCap),
    places,
    mode,
    !terminates(projected),
  )
  const lightValue = tp.num > 0 && basis.num > 0 ? qDiv(qMul(executed, HUNDRED), qMul(basis, tp)) : null
  let light: BudgetScore['light'] = 'none'
  if (lightValue !== null)
    light = cmp(lightValue, qInt(60)) < 0 ? 'red' : cmp(lightValue, qInt(80)) < 0 ? 'yellow' : 'green'
  return {
    output: {
      basis: moneyOf(basis),
      executed: moneyOf(executed),
      rate: rate2(rate),
      weight: profile.budgetWeight,
      score: fixed(points, places),
      effectiveWeight: rate2(w),
      timeProgress: rate2(qMul(tp, HUNDRED)),
      lightValue: lightValue === null ? null : rate2(lightValue),
      light,
      overspent: cmp(rate, qInt(OVERSPENT.aboveRate)) > 0,
      projectedExecuted: fixed(roundUnits(projected, 2, 'halfUp'), 2),
      projectedScore: fixed(projectedPoints, places),
    },
    points,
    projectedPoints,
  }
}
