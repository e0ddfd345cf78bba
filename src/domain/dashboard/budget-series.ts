// Budget execution month by month against 序时进度, for the overview's line chart.
import { HUNDRED, fmtMoney, fmtRate } from '../decimal'
import { monthReached, timeProgress } from '../monitoring/time-progress'
import { budgetBasis, executedBy, executionRate } from '../scoring/budget'
import { resolveProfile } from '../scoring/profile'
import type { Sheet, SpendingEntry } from '../types'
import { monthEnd } from './days'

export interface BudgetPoint {
  month: number
  /** The date the point is read at: the month's last day, or the as-of date within its month. */
  date: string
  /** 万元 spent by that date */
  executed: string
  /** executed / basis × 100, 2 places */
  rate: string
  /** 序时进度 × 100 at that date, 2 places */
  timeProgress: string
}

/** One point per month reached by the as-of date (none before the sheet's year, twelve after it). */
export function budgetSeries(sheet: Sheet, spending: readonly SpendingEntry[], asOf: string): BudgetPoint[] {
  const profile = resolveProfile(sheet.scoring)
  const basis = budgetBasis(sheet.budget, profile.budgetBasis)
  const points: BudgetPoint[] = []
  for (let month = 1; month <= monthReached(asOf, sheet.year); month++) {
    const end = monthEnd(sheet.year, month)
    const date = end < asOf ? end : asOf
    const executed = executedBy(spending, date)
    points.push({
      month,
      date,
      executed: fmtMoney(executed),
      rate: fmtRate(executionRate(executed, basis)),
      timeProgress: fmtRate(timeProgress(date, sheet.year, profile.timeProgress).times(HUNDRED)),
    })
  }
  return points
}
