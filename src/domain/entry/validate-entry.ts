// Checks of a progress entry before it is saved: the value against the indicator's unit and
// kind, the date against the sheet's year. Everything a person can type wrong is caught here,
// with a problem per field, so the form can say it next to the field.
import { Decimal } from '../decimal'
import type { Indicator } from '../types'
import type { EntryProblem } from './problems'
import { readDecimal } from './read-number'

/** Units counted in whole numbers: 1.5 次 is a typing mistake. */
// prettier-ignore
const WHOLE_UNITS = new Set([
  '次', '家', '人', '个', '项', '场', '场次', '户', '所', '期', '篇', '份', '台', '件', '册', '套',
  '本', '部', '条', '批', '轮', '届', '处', '座', '间', '人次', '名', '位', '辆', '棵', '株', '头',
  '只', '张', '块', '栋', '幢', '宗', '起', '例', '床',
])

const PERCENT_UNITS = new Set(['%', '％'])

/** The unit the indicator is measured in ("次", "%", "万元"); empty for 定性 or unreadable targets. */
export function indicatorUnit(indicator: Pick<Indicator, 'target'>): string {
  return indicator.target && indicator.target.op !== 'qualitative' ? indicator.target.unit : ''
}

/** Whether values can be logged at all: a 定性 indicator is judged in the self-assessment instead. */
export function isLoggable(indicator: Pick<Indicator, 'target'>): boolean {
  return indicator.target?.op !== 'qualitative'
}

export type ValueCheck = { ok: true; value: string } | { ok: false; problem: EntryProblem }

/** The typed value as the decimal string to store, or why it cannot be. */
export function checkValue(text: string, indicator: Pick<Indicator, 'target'>): ValueCheck {
  if (!isLoggable(indicator)) return { ok: false, problem: { field: 'value', code: 'qualitative' } }
  const unit = indicatorUnit(indicator)
  const read = readDecimal(text, 6, unit || undefined)
  if (!read.ok) return { ok: false, problem: { field: 'value', code: read.code, params: read.params } }
  if (PERCENT_UNITS.has(unit) && new Decimal(read.value).gt(100))
    return { ok: false, problem: { field: 'value', code: 'overHundred' } }
  if (WHOLE_UNITS.has(unit) && !new Decimal(read.value).isInteger())
    return { ok: false, problem: { field: 'value', code: 'notWhole', params: { unit } } }
  return { ok: true, value: read.value }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!
  return d <= days
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export type DateCheck = { ok: true; date: string } | { ok: false; problem: EntryProblem }

/** A date of the sheet's year, not after today (what was done, not what is planned). */
export function checkDate(text: string, year: number, today: string): DateCheck {
  const date = text.trim()
  if (date === '') return { ok: false, problem: { field: 'date', code: 'dateRequired' } }
  if (!isIsoDate(date)) return { ok: false, problem: { field: 'date', code: 'dateInvalid' } }
  if (Number(date.slice(0, 4)) !== year)
    return { ok: false, problem: { field: 'date', code: 'dateOutsideYear', params: { year } } }
  if (date > today) return { ok: false, problem: { field: 'date', code: 'dateInFuture', params: { today } } }
  return { ok: true, date }
}

export interface EntryInput {
  indicator: (Pick<Indicator, 'id' | 'target'> & { locked?: boolean }) | null
  date: string
  value: string
}

export type EntryCheck =
  | { ok: true; entry: { indicatorId: string; date: string; value: string } }
  | { ok: false; problems: EntryProblem[] }

/** Every problem of the form at once, one per field at most. */
export function validateEntry(input: EntryInput, year: number, today: string): EntryCheck {
  const problems: EntryProblem[] = []
  if (!input.indicator) problems.push({ field: 'indicator', code: 'indicatorRequired' })
  else if (input.indicator.locked) problems.push({ field: 'indicator', code: 'locked' })
  const date = checkDate(input.date, year, today)
  if (!date.ok) problems.push(date.problem)
  const value = input.indicator ? checkValue(input.value, input.indicator) : null
  if (value && !value.ok) problems.push(value.problem)
  if (problems.length || !input.indicator || !date.ok || !value?.ok) return { ok: false, problems }
  return { ok: true, entry: { indicatorId: input.indicator.id, date: date.date, value: value.value } }
}
