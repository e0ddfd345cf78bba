/** Today's date as YYYY-MM-DD in the user's local time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The date figures are shown "as of" when a user looks at a year: today while the year runs,
 * its last day once it is over, its first day before it starts.
 */
export function defaultAsOf(year: number, today: string): string {
  const todayYear = Number(today.slice(0, 4))
  if (todayYear > year) return `${year}-12-31`
  if (todayYear < year) return `${year}-01-01`
  return today
}
