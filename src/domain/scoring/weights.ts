// Rescaling for not-applicable indicators: the dropped weight is spread over the rest, budget included.
import type { Indicator } from '../types'
import { Decimal, ZERO } from '../decimal'
import type { Rounding } from '../decimal'

export const BUDGET_ITEM: unique symbol = Symbol('budget')
type ItemKey = typeof BUDGET_ITEM | string

export interface WeightScale {
  /** The effective weight of the budget line or of an indicator (by id). */
  effective(item: ItemKey): Decimal
  /** The sheet's maximum: unchanged by dropping indicators (100 for a standard 10 + 90 sheet). */
  max: Decimal
}

/**
 * effective weight = weight × M / (M − dropped), where M is the sheet's nominal maximum (budget weight +
 * all indicator weights, 100 on a standard sheet). The rescaled weights are then rounded to the
 * profile's unit (0.01 or 1 point) by largest remainder, so that they add up to M exactly and full
 * marks print as M, never a cent over (11.76 + 5 × 17.65 would be 100.01).
 */
export function weightScale(
  budgetWeight: number,
  indicators: readonly Pick<Indicator, 'id' | 'weight'>[],
  notApplicable: ReadonlyMap<string, unknown>,
  rounding: Rounding,
): WeightScale {
  let nominal = new Decimal(budgetWeight)
  let dropped = ZERO
  for (const indicator of indicators) {
    nominal = nominal.plus(indicator.weight)
    if (notApplicable.has(indicator.id)) dropped = dropped.plus(indicator.weight)
  }
  const remaining = nominal.minus(dropped)
  const published = (item: ItemKey) =>
    new Decimal(item === BUDGET_ITEM ? budgetWeight : (indicators.find((i) => i.id === item)?.weight ?? 0))
  if (dropped.isZero() || remaining.lte(0)) {
    return { effective: published, max: remaining.lte(0) ? ZERO : nominal }
  }

  const kept: { key: ItemKey; weight: number }[] = [
    { key: BUDGET_ITEM, weight: budgetWeight },
    ...indicators.filter((i) => !notApplicable.has(i.id)).map((i) => ({ key: i.id, weight: i.weight })),
  ]
  const items = kept.map(({ key, weight }) => ({
    key,
    exact: new Decimal(weight).times(nominal).div(remaining),
  }))
  const effective = apportion(items, nominal, rounding === 'cent' ? 2 : 0)
  return { effective: (item) => effective.get(item) ?? ZERO, max: nominal }
}

/** Largest-remainder rounding: floors every share, then hands the leftover units to the largest remainders (earlier items first on ties). */
function apportion<K>(items: { key: K; exact: Decimal }[], total: Decimal, places: number): Map<K, Decimal> {
  const unit = new Decimal(1).div(new Decimal(10).pow(places))
  const floors = items.map((item) => item.exact.toDecimalPlaces(places, Decimal.ROUND_DOWN))
  let leftoverUnits = total
    .minus(floors.reduce((a, b) => a.plus(b), ZERO))
    .div(unit)
    .round()
    .toNumber()
  const byRemainder = items
    .map((item, index) => ({ index, remainder: item.exact.minus(floors[index]!) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
  const result = new Map<K, Decimal>()
  items.forEach((item, index) => result.set(item.key, floors[index]!))
  for (const { index } of byRemainder) {
    if (leftoverUnits <= 0) break
    result.set(items[index]!.key, floors[index]!.plus(unit))
    leftoverUnits--
  }
  return result
}
