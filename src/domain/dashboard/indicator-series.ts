// One indicator month by month: what was done against the plan (or the straight line), for its detail chart.
import { Decimal, fmtPlain } from '../decimal'
import { actualOf } from '../scoring/actuals'
import { resolveProfile } from '../scoring/profile'
import { dueToDate } from '../monitoring/projection'
import { monthReached, timeProgressRatio } from '../monitoring/time-progress'
import { valueOf } from '../monitoring/ratio'
import type { Indicator, ProgressEntry, Sheet } from '../types'
import { monthEnd } from './days'

export interface IndicatorPoint {
  month: number
  /** Cumulative sum or latest reading at the month's end (the as-of date in its own month); null after the as-of month or without a reading. */
  actual: string | null
  /** What should be done by the month's end: the plan's milestone or target × month/12; the target for readings. */
  plan: string | null
}

/** Twelve points; `actual` stops at the as-of month. Qualitative and unreadable targets have no plan. */
export function indicatorSeries(
  sheet: Sheet,
  indicator: Indicator,
  entries: readonly ProgressEntry[],
  asOf: string,
): IndicatorPoint[] {
  const profile = resolveProfile(sheet.scoring)
  const target =
    indicator.target && indicator.target.op !== 'qualitative' ? new Decimal(indicator.target.value) : null
  const reached = monthReached(asOf, sheet.year)
  const points: IndicatorPoint[] = []
  for (let month = 1; month <= 12; month++) {
    const end = monthEnd(sheet.year, month)
    let plan: string | null = null
    if (target) {
      const due =
        indicator.measure === 'cumulative'
          ? valueOf(
              dueToDate(
                target,
                indicator.plan,
                month,
                timeProgressRatio(end, sheet.year, profile.timeProgress),
              ),
            )
          : target
      plan = fmtPlain(due.toDecimalPlaces(2))
    }
    let actual: string | null = null
    if (month <= reached) {
      const value = actualOf(indicator.measure, entries, end < asOf ? end : asOf).value
      actual = value === null ? null : fmtPlain(value)
    }
    points.push({ month, actual, plan })
  }
  return points
}
