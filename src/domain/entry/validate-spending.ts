// Spending (预算执行) is kept in 万元. Two places (100 元) by default; typed in 元 it keeps
// 元 and 分 exactly, which needs up to 6 places in 万元.
import { Decimal } from '../decimal'
import type { EntryProblem } from './problems'
import { readDecimal } from './read-number'
import { checkDate } from './validate-entry'

export type AmountUnit = '万元' | '元'

export type AmountCheck = { ok: true; amount: string } | { ok: false; problem: EntryProblem }

/** The amount in 万元 as a decimal string: "12.5" 万元 → "12.5"; "1234.5" 元 → "0.12345". */
export function checkAmount(text: string, unit: AmountUnit): AmountCheck {
  const read = readDecimal(text, 2, unit)
  if (!read.ok) return { ok: false, problem: { field: 'amount', code: read.code, params: read.params } }
  if (unit === '万元') return { ok: true, amount: read.value }
  const amount = new Decimal(read.value).div(10000)
  return { ok: true, amount: amount.toFixed() }
}

export type SpendingCheck =
  { ok: true; entry: { date: string; amount: string } } | { ok: false; problems: EntryProblem[] }

export function validateSpending(
  input: { date: string; amount: string; unit: AmountUnit },
  year: number,
  today: string,
): SpendingCheck {
  const problems: EntryProblem[] = []
  const date = checkDate(input.date, year, today)
  if (!date.ok) problems.push(date.problem)
  const amount = checkAmount(input.amount, input.unit)
  if (!amount.ok) problems.push(amount.problem)
  if (!date.ok || !amount.ok) return { ok: false, problems }
  return { ok: true, entry: { date: date.date, amount: amount.amount } }
}
