// The funds block of the self-assessment form (项目资金 / 年度资金总额 …). Totals come from the
// engine; the split by source from budget.sources and the spending's sources, else from the sheet's funds.
import type { Sheet, SpendingEntry } from '../types'
import { FUND_SOURCES, type FundSource } from '../vocabulary'
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

/** 全年执行数 per fund row at the as-of date; an entry without a source is fiscal. */
function executedBySource(spending: readonly SpendingEntry[], asOf: string): Map<FundSource, Decimal> {
  const totals = new Map<FundSource, Decimal>(FUND_SOURCES.map((k) => [k, new Decimal(0)]))
  for (const e of spending) {
    if (e.date > asOf) continue
    const key = e.source ?? 'fiscal'
    totals.set(key, totals.get(key)!.plus(e.amount))
  }
  return totals
}

function sourceRow(
  key: FundsRowKey,
  initial: Decimal,
  adjusted: Decimal | null,
  executed: Decimal | null,
): FundsRow {
  const rate = adjusted && executed && adjusted.gt(0) ? fmtRate(executed.div(adjusted).times(HUNDRED)) : null
  return {
    key,
    initial: fmtMoney(initial),
    adjusted: adjusted ? fmtMoney(adjusted) : null,
    executed: executed ? fmtMoney(executed) : null,
    weight: null,
    publishedWeight: null,
    rate,
    score: null,
  }
}

/**
 * 年度资金总额 from the budget and the engine; 其中：当年财政拨款, 上年结转资金 and 其他资金.
 * With `budget.sources` each row has its own 年初/全年 and its 执行数 is the spending logged against
 * it (`spending[].source`, fiscal by default). Without them the rows come from the sheet's funds
 * (funds.carryover an optional extra key): a source's 全年预算数 equals its 年初预算数 unless the
 * budget was adjusted (then it is unknown), and its 执行数 is known when spending names its sources
 * or a single source carries the whole budget (that source spent it all).
 */
export function fundsRows(
  sheet: Pick<Sheet, 'budget' | 'funds'>,
  budget: BudgetScore,
  spending: readonly SpendingEntry[] = [],
  asOf = '9999-12-31',
): FundsRow[] {
  const adjustedTotal = new Decimal(sheet.budget.adjusted)
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
  const spent = executedBySource(spending, asOf)
  const sources = sheet.budget.sources
  if (sources) {
    const rows = FUND_SOURCES.map((key) =>
      sourceRow(key, amountOf(sources[key]?.initial), amountOf(sources[key]?.adjusted), spent.get(key)!),
    )
    return [total, ...rows]
  }

  const unadjusted = new Decimal(sheet.budget.initial).eq(adjustedTotal)
  const funds = sheet.funds ?? { fiscal: sheet.budget.adjusted, other: '0' }
  const amounts: [FundSource, Decimal][] = [
    ['fiscal', amountOf(funds.fiscal)],
    ['carryover', amountOf(funds.carryover)],
    ['other', amountOf(funds.other)],
  ]
  const funded = amounts.filter(([, amount]) => amount.gt(0))
  const soleSource = funded.length === 1 && unadjusted ? funded[0]![0] : null
  const named = spending.some((e) => e.source !== undefined)
  const rows = amounts.map(([key, amount]) => {
    const executed = named
      ? spent.get(key)!
      : soleSource === null
        ? null
        : key === soleSource
          ? new Decimal(budget.executed)
          : new Decimal(0)
    return sourceRow(key, amount, unadjusted ? amount : null, executed)
  })
  return [total, ...rows]
}
