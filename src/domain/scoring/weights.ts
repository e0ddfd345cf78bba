// Rescaling for not-applicable indicators: the dropped weight is spread over the rest, budget included.
import type { Indicator } from '../types'
import { Decimal, ZERO } from '../decimal'

export interface WeightScale {
  effective(weight: number): Decimal
  /** The sheet's maximum: unchanged by dropping indicators (100 for a standard 10 + 90 sheet). */
  max: Decimal
}

/**
 * effective weight = weight × M / (M − dropped), where M is the sheet's nominal maximum
 * (budget weight + all indicator weights, 100 on a standard sheet). Multiplying before dividing
 * keeps the result exact wherever it can be.
 */
export function weightScale(
  budgetWeight: number,
  indicators: readonly Pick<Indicator, 'id' | 'weight'>[],
  notApplicable: ReadonlyMap<string, unknown>,
): WeightScale {
  let nominal = new Decimal(budgetWeight)
  let dropped = ZERO
  for (const indicator of indicators) {
    nominal = nominal.plus(indicator.weight)
    if (notApplicable.has(indicator.id)) dropped = dropped.plus(indicator.weight)
  }
  const remaining = nominal.minus(dropped)
  if (dropped.isZero()) return { effective: (w) => new Decimal(w), max: nominal }
  if (remaining.lte(0)) return { effective: (w) => new Decimal(w), max: ZERO }
  return { effective: (w) => new Decimal(w).times(nominal).div(remaining), max: nominal }
}
