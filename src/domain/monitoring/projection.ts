// "If the pace so far holds": what is due by now and year-end projections (docs/domain.md §4).
import type { PlanMilestone } from '../types'
import { Decimal, ZERO } from '../decimal'
import { divideBy, ratio, type Ratio } from './ratio'

/** The planned cumulative value at the last milestone on or before `month`; 0 before the first one. */
export function plannedToDate(plan: readonly PlanMilestone[], month: number): Decimal {
  let reached = 0
  let value = ZERO
  for (const milestone of plan) {
    if (milestone.month <= month && milestone.month >= reached) {
      reached = milestone.month
      value = new Decimal(milestone.value)
    }
  }
  return value
}

/**
 * What should be done by now: the unit's own plan where it has one (a quarterly plan replaces
 * the straight line), else target × time progress.
 */
export function dueToDate(
  target: Decimal,
  plan: readonly PlanMilestone[] | undefined,
  monthReached: number,
  timeProgress: Ratio,
): Ratio {
  if (plan && plan.length > 0) return ratio(plannedToDate(plan, monthReached))
  return ratio(target.times(timeProgress.num), timeProgress.den)
}

function yearIsOver(timeProgress: Ratio): boolean {
  return timeProgress.num.gte(timeProgress.den)
}

/** Year-end value of a cumulative measure: actual × target / due; the actual as it is when nothing is due yet or the year is over. */
export function projectCumulative(
  actual: Decimal,
  target: Decimal,
  due: Ratio,
  timeProgress: Ratio,
): Decimal {
  if (yearIsOver(timeProgress) || due.num.lte(0) || target.lte(0)) return actual
  return divideBy(actual.times(target), due)
}

export function projectSpending(executed: Decimal, timeProgress: Ratio): Decimal {
  if (yearIsOver(timeProgress) || timeProgress.num.lte(0)) return executed
  return divideBy(executed, timeProgress)
}
