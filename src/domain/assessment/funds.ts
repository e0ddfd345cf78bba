// The funds block of the self-assessment form (项目资金 / 年度资金总额 …). Totals come from the
// engine; the split by source comes from the sheet's funds, since spending is not logged by source.
import type { Sheet } from '../types'
import { Decimal, fmtMoney, fmtRate, HUNDRED } from '../decimal'
import type { BudgetScore } from '../scoring/types'
import { plainWeight } from './numbers'

export type FundsRowKey = 'total' | 'fiscal' | 'carryover' | 'other'

export interface FundsRow {
  key: FundsRowKey
  /** 年初预算数, 万元 */
  initial: string | null
  /** 全年预算数, 万元 */
  adjusted: string | null
  /** 全年执行数, 万元; null where the spending cannot be told apart by source. */
  executed: string | null
  /** 分值 and 得分: only on the total row; 分值 after any not-applicable rescale. */
  weight: string | null
  /** The published 分值 of the budget line, on the total row where the rescale changed it. */
  publishedWeight: string | null
  /** 执行率 in %, 2 places */
  rate: string | null
  score: string | null
}

const DECIMAL = /^\d+(\.\d+)?$/

function amountOf(value: unknown): Decimal {
  return typeof value === 'string' && DECIMAL.test(value) ? new Decimal(value) : new Decimal(0)
}

/**
 * 年度资金总额 from the budget and the engine; 其中：当年财政拨款 (funds.fiscal), 上年结转资金
 * (funds.carryover, an optional extra key) and 其他资金 (funds.other) from the sheet.
 * A source's 全年预算数 equals its 年初预算数 unless the budget was adjusted (then it is unknown).
 * Its 全年执行数 is known only when a single source carries the whole budget: that source spent it all.
 */
export function fundsRows(sheet: Pick<Sheet, 'budget' | 'funds'>, budget: BudgetScore): FundsRow[] {
  const adjustedTotal = new Decimal(sheet.budget.adjusted)
  const unadjusted = new Decimal(sheet.budget.initial).eq(adjustedTotal)
  const sources: [FundsRowKey, Decimal][] = [
    ['fiscal', amountOf(sheet.funds.fiscal)],
    ['carryover', amountOf(sheet.funds.carryover)],
    ['other', amountOf(sheet.funds.other)],
  ]
  const funded = sources.filter(([, amount]) => amount.gt(0))
  const soleSource = funded.length === 1 && unadjusted ? funded[0]![0] : null
  const total: FundsRow = {
    key: 'total',
    initial: fmtMoney(new Decimal(sheet.budget.initial)),
    adjusted: fmtMoney(adjustedTotal),
    executed: budget.executed,
    weight: plainWeight(budget.effectiveWeight),
    publishedWeight: new Decimal(budget.effectiveWeight).eq(budget.weight) ? null : plainWeight(budget.weight),
    rate: budget.rate,
    score: budget.score,
  }
  const rows = sources.map(([key, amount]): FundsRow => {
    const adjusted = unadjusted ? amount : null
    const executed =
      soleSource === null ? null : key === soleSource ? new Decimal(budget.executed) : new Decimal(0)
    const rate =
      adjusted && executed && adjusted.gt(0) ? fmtRate(executed.div(adjusted).times(HUNDRED)) : null
    return {
      key,
      initial: fmtMoney(amount),
      adjusted: adjusted ? fmtMoney(adjusted) : null,
      executed: executed ? fmtMoney(executed) : null,
      weight: null,
      publishedWeight: null,
      rate,
      score: null,
    }
  })
  return [total, ...rows]
}
