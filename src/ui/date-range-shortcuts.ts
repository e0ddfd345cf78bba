// The ranges an office picks most: 本月 / 上月 / 本季度 / 本年, counted from today's calendar date.

export type RangeKey = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear'
export const RANGE_KEYS: readonly RangeKey[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear']

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
/** Last day of month m (1–12): day 0 of the next month. */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** The range as "YYYY-MM-DD" pair for `today` ("YYYY-MM-DD"). */
export function rangeOf(key: RangeKey, today: string): [string, string] {
  const [y, m] = today.split('-').map(Number) as [number, number]
  switch (key) {
    case 'thisMonth':
      return [iso(y, m, 1), iso(y, m, lastDay(y, m))]
    case 'lastMonth': {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1]
      return [iso(py, pm, 1), iso(py, pm, lastDay(py, pm))]
    }
    case 'thisQuarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1
      return [iso(y, first, 1), iso(y, first + 2, lastDay(y, first + 2))]
    }
    case 'thisYear':
      return [iso(y, 1, 1), iso(y, 12, 31)]
  }
}
