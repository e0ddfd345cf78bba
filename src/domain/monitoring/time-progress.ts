// 序时进度: the share of the sheet's year that has elapsed at the as-of date (docs/domain.md §4).
import type { Decimal } from '../decimal'
import { dayOfYear, daysInYear, parseDate } from './calendar'
import { ratio, valueOf, type Ratio } from './ratio'

export type TimeProgressMode = 'month' | 'day'

/** "month" → month / 12, "day" → day of year / days in year; 0 before the year, 1 after it. */
export function timeProgressRatio(asOf: string, year: number, mode: TimeProgressMode): Ratio {
  const date = parseDate(asOf)
  if (date.year < year) return ratio(0)
  if (date.year > year) return ratio(1)
  if (mode === 'month') return ratio(date.month, 12)
  return ratio(dayOfYear(date), daysInYear(year))
}

/** The time progress as a fraction in [0, 1]. */
export function timeProgress(asOf: string, year: number, mode: TimeProgressMode): Decimal {
  return valueOf(timeProgressRatio(asOf, year, mode))
}

/** The month of the sheet's year reached at the as-of date: 0 before the year, 12 after it. */
export function monthReached(asOf: string, year: number): number {
  const date = parseDate(asOf)
  if (date.year < year) return 0
  if (date.year > year) return 12
  return date.month
}
