// Values that are allowed but rarely meant: the form warns and asks (仍然保存 / 修改), it never
// refuses, because each of them can be right (a large one-off payment, a zero reading).
import { Decimal } from '../decimal'

export type Doubt =
  /** The amount or value is 0: an entry that changes nothing. */
  | { code: 'zero' }
  /** The amount is more than what is left of the budget (basis − spent so far), 万元. */
  | { code: 'overRemaining'; remaining: string }
  /** The amount is more than 10 × the budget basis. */
  | { code: 'overTenfoldBudget'; basis: string }
  /** Typed in 万元 but reads like 元: as 元 it would fit the budget. `asWan` is that amount in 万元. */
  | { code: 'looksLikeYuan'; asWan: string }
  /** The value is more than 10 × the indicator's target. */
  | { code: 'overTenfoldTarget'; target: string }

const TEN = new Decimal(10)

/**
 * Doubts about a spending amount (万元) on a sheet with budget `basis` and `spent` so far.
 * Refunds (negative) raise none here: their limit is a hard rule (checkRunningTotal).
 * looksLikeYuan: typed in 万元, more than the whole budget, and read as 元 within what is left.
 */
export function spendingDoubts(input: {
  amount: string
  typedIn: '万元' | '元'
  basis: string
  spent: string
}): Doubt[] {
  const amount = new Decimal(input.amount)
  if (amount.isZero()) return [{ code: 'zero' }]
  if (amount.isNeg()) return []
  const basis = new Decimal(input.basis)
  const remaining = basis.minus(input.spent)
  const doubts: Doubt[] = []
  if (amount.gt(remaining)) doubts.push({ code: 'overRemaining', remaining: remaining.toFixed() })
  if (basis.gt(0) && amount.gt(basis.times(TEN)))
    doubts.push({ code: 'overTenfoldBudget', basis: basis.toFixed() })
  const asWan = amount.div(10000)
  if (input.typedIn === '万元' && amount.gt(basis) && asWan.lte(remaining))
    doubts.push({ code: 'looksLikeYuan', asWan: asWan.toFixed() })
  return doubts
}

/**
 * Doubts about a progress value against the indicator's numeric target: a zero, or more than
 * 10 × the target (a 反向 target's ceiling counts the same way). None for a target of 0.
 */
export function valueDoubts(input: { value: string; target: string }): Doubt[] {
  const value = new Decimal(input.value)
  if (value.isZero()) return [{ code: 'zero' }]
  const target = new Decimal(input.target)
  if (target.gt(0) && value.gt(target.times(TEN)))
    return [{ code: 'overTenfoldTarget', target: target.toFixed() }]
  return []
}
