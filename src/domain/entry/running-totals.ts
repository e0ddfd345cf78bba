// The figure after each entry, as the engine would read it on that entry's date
// (scoring/actuals.ts): a running sum for cumulative indicators, the reading itself for
// latest ones; for spending, the running amount and its 执行率 against budget and 序时进度.
import { fmtMoney, fmtPlain, fmtRate, HUNDRED, type Decimal } from '../decimal'
import { DecimalAccumulator } from '../exact-sum'
import { byDateThenId } from './entry-order'
import { budgetBand, isOverspent } from '../monitoring/lights'
import { timeProgressRatio, type TimeProgressMode } from '../monitoring/time-progress'
import { executionRate } from '../scoring/budget'
import type { Light, Measure, ProgressEntry, SpendingEntry } from '../types'

/**
 * Entry id → the indicator's actual right after that entry. Entries of several indicators may be
 * mixed; each indicator is summed on its own. `measureOf` gives each indicator's measure.
 */
export function runningTotals(
  entries: readonly Pick<ProgressEntry, 'id' | 'indicatorId' | 'date' | 'value'>[],
  measureOf: (indicatorId: string) => Measure | undefined,
): Map<string, string> {
  const sums = new Map<string, DecimalAccumulator>()
  const out = new Map<string, string>()
  for (const entry of [...entries].sort(byDateThenId)) {
    if (measureOf(entry.indicatorId) === 'latest') {
      out.set(entry.id, entry.value)
      continue
    }
    let sum = sums.get(entry.indicatorId)
    if (!sum) sums.set(entry.indicatorId, (sum = new DecimalAccumulator()))
    sum.add(entry.value)
    out.set(entry.id, fmtPlain(sum.total()))
  }
  return out
}

export interface SpendingStep {
  id: string
  /** 万元 spent up to and including this entry. */
  executed: string
  /** executed / budget × 100, 2 places. */
  rate: string
  /** 序时进度 × 100 on the entry's date, 2 places. */
  timeProgress: string
  light: Light
  /** 执行率 above 100 % after this entry (超支). */
  overspent: boolean
}

/** Spending of one sheet, each entry with the running 执行率 and the budget light of that day. */
export function spendingSteps(
  entries: readonly Pick<SpendingEntry, 'id' | 'date' | 'amount'>[],
  basis: Decimal,
  year: number,
  mode: TimeProgressMode,
): SpendingStep[] {
  const sum = new DecimalAccumulator()
  return [...entries].sort(byDateThenId).map((entry) => {
    sum.add(entry.amount)
    const executed = sum.total()
    const tp = timeProgressRatio(entry.date, year, mode)
    // v = rate / time progress, one division (as scoring/budget.ts does) so month fractions stay exact.
    const v =
      tp.num.gt(0) && basis.gt(0) ? executed.times(HUNDRED).times(tp.den).div(basis.times(tp.num)) : null
    const rate = executionRate(executed, basis)
    return {
      id: entry.id,
      executed: fmtMoney(executed),
      rate: fmtRate(rate),
      overspent: isOverspent(rate),
      timeProgress: fmtRate(tp.num.times(HUNDRED).div(tp.den)),
      light: v === null ? 'none' : budgetBand(v),
    }
  })
}
