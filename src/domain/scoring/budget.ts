// 预算执行率: the budget item of every sheet (docs/domain.md §3, profile keys of docs/exchange-format.md: budget*).
import type { Budget, ScoringProfile, SpendingEntry } from '../types'
import { Decimal, HUNDRED, ZERO, fmt, fmtMoney, fmtRate, roundScore } from '../decimal'
import { DecimalAccumulator } from '../exact-sum'
import { budgetBand, isOverspent } from '../monitoring/lights'
import { projectSpending } from '../monitoring/projection'
import { valueOf, type Ratio } from '../monitoring/ratio'
import type { BudgetScore } from './types'

export function budgetBasis(budget: Budget, basis: ScoringProfile['budgetBasis']): Decimal {
  return new Decimal(basis === 'initial' ? budget.initial : budget.adjusted)
}

/** Spending dated on or before the as-of date. */
export function executedBy(spending: readonly SpendingEntry[], asOf: string): Decimal {
  const total = new DecimalAccumulator()
  for (const entry of spending) if (entry.date <= asOf) total.add(entry.amount)
  return total.total()
}

/** executed / basis; a zero (or missing) basis gives 0 rather than a division by zero. */
export function executionRatio(executed: Decimal, basis: Decimal): Decimal {
  return basis.gt(0) ? executed.div(basis) : ZERO
}

export function executionRate(executed: Decimal, basis: Decimal): Decimal {
  return executionRatio(executed, basis).times(HUNDRED)
}

/** weight × executed / basis, capped at the weight when the profile says so; never below 0. */
export function budgetScore(executed: Decimal, basis: Decimal, weight: Decimal, cap: boolean): Decimal {
  if (basis.lte(0)) return ZERO
  const score = weight.times(executed).div(basis)
  if (score.lt(0)) return ZERO
  return cap && score.gt(weight) ? weight : score
}

export interface BudgetItemInput {
  budget: Budget
  spending: readonly SpendingEntry[]
  asOf: string
  profile: ScoringProfile
  effectiveWeight: Decimal
  timeProgress: Ratio
}

export interface BudgetItem {
  output: BudgetScore
  /** The score rounded per profile: the part the total adds up. */
  points: Decimal
  projectedPoints: Decimal
}

/** The budget line of a sheet: score, rate, light and the year-end projection. */
export function scoreBudgetItem(input: BudgetItemInput): BudgetItem {
  const { profile, effectiveWeight, timeProgress: tp } = input
  const basis = budgetBasis(input.budget, profile.budgetBasis)
  const executed = executedBy(input.spending, input.asOf)
  const rate = executionRate(executed, basis)
  // The budget line has its own places (budgetRounding) but the sheet's rounding mode.
  const round = (score: Decimal) => roundScore(score, profile.budgetRounding, profile.roundingMode)
  const points = round(budgetScore(executed, basis, effectiveWeight, profile.budgetCap))
  const projectedExecuted = projectSpending(executed, tp)
  const projectedPoints = round(budgetScore(projectedExecuted, basis, effectiveWeight, profile.budgetCap))
  // v = rate / time progress, as one division so that month fractions stay exact.
  const lightValue =
    tp.num.gt(0) && basis.gt(0) ? executed.times(HUNDRED).times(tp.den).div(basis.times(tp.num)) : null
  return {
    output: {
      basis: fmtMoney(basis),
      executed: fmtMoney(executed),
      rate: fmtRate(rate),
      weight: profile.budgetWeight,
      score: fmt(points, profile.budgetRounding),
      effectiveWeight: fmtRate(effectiveWeight),
      timeProgress: fmtRate(valueOf(tp).times(HUNDRED)),
      lightValue: lightValue !== null ? fmtRate(lightValue) : null,
      light: lightValue !== null ? budgetBand(lightValue) : 'none',
      overspent: isOverspent(rate),
      projectedExecuted: fmtMoney(projectedExecuted.toDecimalPlaces(2)),
      projectedScore: fmt(projectedPoints, profile.budgetRounding),
    },
    points,
    projectedPoints,
  }
}
