// Plain integer calendar arithmetic on YYYY-MM-DD strings: no Date objects, so no time-zone shifts.

export interface CalendarDate {
  year: number
  month: number
  day: number
}

export class InvalidDateError extends Error {
  readonly zh: string
  readonly en: string
  constructor(text: string) {
    const en = `Not a date in the form YYYY-MM-DD: "${text}"`
    super(en)
    this.name = 'InvalidDateError'
    this.zh = `日期格式应为 YYYY-MM-DD：“${text}”`
    this.en = en
  }
}

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Parses and checks a calendar date; throws InvalidDateError (bilingual) otherwise. */
export function parseDate(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) throw new InvalidDateError(text)
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new InvalidDateError(text)
  return { year, month, day }
}

/** 1 for 1 January, 365 (366 in a leap year) for 31 December. */
export function dayOfYear(date: CalendarDate): number {
  const leapDay = date.month > 2 && isLeapYear(date.year) ? 1 : 0
  return CUMULATIVE_DAYS[date.month - 1] + leapDay + date.day
}

export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`
}
