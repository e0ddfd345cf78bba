// Amounts and readings: never negative, dated inside the sheet's year, rates at most 100 %.
import { dec } from '../../decimal'
import type { LedgerPackage } from '../../types'
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

  pkg.progress.forEach((e, i) => {
    const path = `progress[${i}]`
    notNegative(`${path}.value`, e.value)
    const place = index.indicators.get(e.indicatorId)
    checkDate(issues, `${path}.date`, e.date, place?.sheet.year)
    const target = place?.indicator.target
    if (
      target &&
      target.op !== 'qualitative' &&
      target.unit === '%' &&
      place.indicator.measure === 'latest'
    ) {
      if (dec(e.value).gt(100)) {
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

  pkg.spending.forEach((e, i) => {
    const path = `spending[${i}]`
    notNegative(`${path}.amount`, e.amount)
    checkDate(issues, `${path}.date`, e.date, index.sheets.get(e.sheetId)?.sheet.year)
  })
  return issues
}

function checkDate(issues: Issue[], path: string, date: string, year: number | undefined): void {
  if (!isCalendarDate(date)) {
    issues.push(
      error(
        path,
        'badDate',
        `日期“${date}”应为 YYYY-MM-DD 格式的有效日期。`,
        `The date "${date}" must be a real date written YYYY-MM-DD.`,
      ),
    )
    return
  }
  if (year !== undefined && Number(date.slice(0, 4)) !== year) {
    issues.push(
      error(
        path,
        'dateOutsideYear',
        `日期 ${date} 不在目标表所属的 ${year} 年内。`,
        `The date ${date} lies outside the sheet's year ${year}.`,
      ),
    )
  }
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
