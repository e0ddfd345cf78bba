// Whole days between calendar dates, by integer arithmetic on YYYY-MM-DD (never through Date).
import { dayOfYear, daysInMonth, parseDate } from '../monitoring/calendar'

/** Days from 0001-01-01 to the date (0001-01-01 → 1): only differences are meaningful. */
function dayNumber(text: string): number {
  const date = parseDate(text)
  const y = date.year - 1
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + dayOfYear(date)
}

/** later − earlier in days; negative when `later` is before `earlier`. */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier)
}

/** The last day of a month, YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  const mm = String(month).padStart(2, '0')
  return `${String(year).padStart(4, '0')}-${mm}-${String(daysInMonth(year, month)).padStart(2, '0')}`
}
