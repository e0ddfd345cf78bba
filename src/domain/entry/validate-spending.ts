// Spending (预算执行) is kept in 万元, to the yuan and below: 6 places in 万元 (0.000001 万元 =
// 0.01 元), or typed in 元 with 分 and converted exactly. A negative amount is a refund or
// correction (冲减): it needs its reason, and it may not take the running total below zero.
import { Decimal } from '../decimal'
import { DecimalAccumulator } from '../exact-sum'
import { hasVisibleText } from '../visible-text'
import { byDateThenId } from './entry-order'
import type { EntryProblem } from './problems'
import { readDecimal } from './read-number'
import { checkDate } from './validate-entry'

export type AmountUnit = '万元' | '元'

/** Places each unit takes: both reach 0.01 元. */
export const AMOUNT_PLACES: Readonly<Record<AmountUnit, number>> = { 万元: 6, 元: 2 }

export type AmountCheck = { ok: true; amount: string } | { ok: false; problem: EntryProblem }

/** The amount in 万元 as a decimal string: "12.5" 万元 → "12.5"; "1234.5" 元 → "0.12345"; "-12.34" → "-12.34". */
export function checkAmount(text: string, unit: AmountUnit): AmountCheck {
  const read = readDecimal(text, AMOUNT_PLACES[unit], unit, true)
  if (!read.ok) return { ok: false, problem: { field: 'amount', code: read.code, params: read.params } }
  if (unit === '万元') return { ok: true, amount: read.value }
  const amount = new Decimal(read.value).div(10000)
  return { ok: true, amount: amount.toFixed() }
}

export type SpendingCheck =
  | { ok: true; entry: { date: string; amount: string; reason?: string } }
  | { ok: false; problems: EntryProblem[] }

export function validateSpending(
  input: { date: string; amount: string; unit: AmountUnit; reason?: string },
  year: number,
  today: string,
): SpendingCheck {
  const problems: EntryProblem[] = []
  const date = checkDate(input.date, year, today)
  if (!date.ok) problems.push(date.problem)
  const amount = checkAmount(input.amount, input.unit)
  if (!amount.ok) problems.push(amount.problem)
  const refund = amount.ok && amount.amount.startsWith('-')
  const reason = input.reason?.trim() ?? ''
  if (refund && !hasVisibleText(reason)) problems.push({ field: 'reason', code: 'refundReasonRequired' })
  if (problems.length || !date.ok || !amount.ok) return { ok: false, problems }
  return { ok: true, entry: { date: date.date, amount: amount.amount, ...(refund ? { reason } : {}) } }
}

/**
 * A refund may not take the sheet's spending below zero on any day: the running total (by date,
 * then id) with `entry` added, or with `entry` replacing the one of the same id. The problem names
 * the lowest total, in 万元; null when every running total stays at or above zero.
 */
export function checkRunningTotal(
  existing: readonly { id: string; date: string; amount: string }[],
  entry: { id?: string; date: string; amount: string },
): EntryProblem | null {
  const id = entry.id ?? '\uffff'
  const list = [...existing.filter((e) => e.id !== id), { ...entry, id }].sort(byDateThenId)
  const sum = new DecimalAccumulator()
  let lowest: Decimal | null = null
  for (const e of list) {
    sum.add(e.amount)
    const total = sum.total()
    if (total.lt(0) && (lowest === null || total.lt(lowest))) lowest = total
  }
  return lowest === null
    ? null
    : { field: 'amount', code: 'refundBeyondSpent', params: { total: lowest.toFixed() } }
}
