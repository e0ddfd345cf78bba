// Amounts and readings: never negative, dated inside the sheet's year, rates at most 100 %.
import { dec } from '../../decimal'
import type { LedgerPackage } from '../../types'
import { checkRunningTotal } from '../../entry/validate-spending'
import { hasVisibleText } from '../../visible-text'
import { error, type Issue } from '../issues'
import type { PackageIndex } from './package-index'

export function checkValues(pkg: LedgerPackage, index: PackageIndex): Issue[] {
  const issues: Issue[] = []
  const notNegative = (path: string, value: string | number) => {
    if (isNegative(value)) {
      issues.push(error(path, 'negative', `不能为负数（${value}）。`, `Must not be negative (${value}).`))
    }
  }

  pkg.sheets.forEach((sheet, i) => {
    const path = `sheets[${i}]`
    notNegative(`${path}.budget.initial`, sheet.budget.initial)
    notNegative(`${path}.budget.adjusted`, sheet.budget.adjusted)
    notNegative(`${path}.funds.fiscal`, sheet.funds.fiscal)
    notNegative(`${path}.funds.other`, sheet.funds.other)
    sheet.indicators.forEach((ind, j) => {
      const at = `${path}.indicators[${j}]`
      notNegative(`${at}.weight`, ind.weight)
      if (ind.target && ind.target.op !== 'qualitative') notNegative(`${at}.target.value`, ind.target.value)
      ind.plan?.forEach((m, k) => notNegative(`${at}.plan[${k}].value`, m.value))
    })
  })

  // Paths are built only for findings: files hold hundreds of thousands of entries.
  const dates = new DateChecker()
  pkg.progress.forEach((e, i) => {
    if (isNegative(e.value)) notNegative(`progress[${i}].value`, e.value)
    const place = index.indicators.get(e.indicatorId)
    dates.check(issues, 'progress', i, e.date, place?.sheet.year)
    const target = place?.indicator.target
    if (
      target &&
      target.op !== 'qualitative' &&
      target.unit === '%' &&
      place.indicator.measure === 'latest'
    ) {
      if (isOver100(e.value)) {
        const path = `progress[${i}]`
        issues.push(
          error(
            `${path}.value`,
            'readingOver100',
            `百分比读数不能超过 100（${e.value}）。`,
            `A percentage reading cannot exceed 100 (${e.value}).`,
          ),
        )
      }
    }
  })

  // A negative amount is a refund or correction (冲减): accepted with its reason only.
  const refunded = new Set<string>()
  pkg.spending.forEach((e, i) => {
    if (isNegative(e.amount)) {
      if (hasVisibleText(e.reason)) refunded.add(e.sheetId)
      else
        issues.push(
          error(
            `spending[${i}].amount`,
            'negative',
            `不能为负数（${e.amount}），冲减须写明冲减原因（reason）。`,
            `Must not be negative (${e.amount}) unless it is a refund with its reason.`,
          ),
        )
    }
    dates.check(issues, 'spending', i, e.date, index.sheets.get(e.sheetId)?.sheet.year)
  })
  for (const sheetId of refunded) {
    const problem = checkRunningTotal(
      pkg.spending.filter((e) => e.sheetId === sheetId),
      { date: '0000-00-00', amount: '0' },
    )
    if (problem)
      issues.push(
        error(
          `spending`,
          'refundBeyondSpent',
          `目标表 ${sheetId} 的冲减使累计执行低于零（${problem.params?.total} 万元）。`,
          `Refunds take sheet ${sheetId}'s running spending below zero (${problem.params?.total} 万元).`,
        ),
      )
  }
  return issues
}

/** A year has few distinct dates and a file many entries: each date text is read once. */
class DateChecker {
  /** Date text → its year, or null when it is not a real date. */
  private readonly years = new Map<string, number | null>()

  /** The date of entry `i` of `list` (its path is built only for a finding). */
  check(issues: Issue[], list: string, i: number, date: string, year: number | undefined): void {
    let dateYear = this.years.get(date)
    if (dateYear === undefined) {
      dateYear = isCalendarDate(date) ? Number(date.slice(0, 4)) : null
      this.years.set(date, dateYear)
    }
    if (dateYear === null) {
      issues.push(
        error(
          `${list}[${i}].date`,
          'badDate',
          `日期“${date}”应为 YYYY-MM-DD 格式的有效日期。`,
          `The date "${date}" must be a real date written YYYY-MM-DD.`,
        ),
      )
      return
    }
    if (year !== undefined && dateYear !== year) {
      issues.push(
        error(
          `${list}[${i}].date`,
          'dateOutsideYear',
          `日期 ${date} 不在目标表所属的 ${year} 年内。`,
          `The date ${date} lies outside the sheet's year ${year}.`,
        ),
      )
    }
  }
}

/**
 * Exactly `dec(value).gt(100)` for the decimal text of an entry (validated, plain notation), without
 * building a Decimal for each of many thousand readings.
 */
export function isOver100(value: string): boolean {
  const m = /^(-?)0*(\d*?)(?:\.(\d+))?$/.exec(value)
  if (!m) return dec(value).gt(100)
  const [, sign, whole = '', fraction = ''] = m
  if (sign === '-') return false
  if (whole.length !== 3) return whole.length > 3
  return whole > '100' || (whole === '100' && /[1-9]/.test(fraction))
}

/** Decimals here are validated decimal strings or finite numbers: a sign and a non-zero digit mean < 0. */
function isNegative(value: string | number): boolean {
  return typeof value === 'number' ? value < 0 : value.startsWith('-') && /[1-9]/.test(value)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)
}
