import { Decimal } from '../decimal'

/**
 * num / den kept apart, so that 5/12 of a year stays exact until the one division at the end:
 * 1 done against 4 × 5/12 due must give exactly 60, not 59.999…
 */
export interface Ratio {
  num: Decimal
  den: Decimal
}

export function ratio(num: Decimal | number, den: Decimal | number = 1): Ratio {
  return { num: new Decimal(num), den: new Decimal(den) }
}

export function valueOf(r: Ratio): Decimal {
  return r.num.div(r.den)
}

/** x / r, exact up to the final division. */
export function divideBy(x: Decimal, r: Ratio): Decimal {
  return x.times(r.den).div(r.num)
}
