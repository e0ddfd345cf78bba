// Summing many decimal strings exactly, without a decimal.js allocation per entry.
import { Decimal, ZERO } from './decimal'

const PLACES = 6
const SCALE = 10 ** PLACES
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000]
const MAX_INTEGER_DIGITS = 9
/** Each parsed term is below 1e15 in millionths, so flushing above 8e15 keeps every partial sum under 2^53 (exact). */
const FLUSH_ABOVE = 8e15

/** "37.24" → 37240000 millionths; null for anything but a plain decimal with ≤ 9 integer digits and ≤ 6 places. */
export function toMillionths(text: string): number | null {
  const n = text.length
  let i = 0
  let negative = false
  if (n > 0 && text.charCodeAt(0) === 45 /* - */) {
    negative = true
    i = 1
  }
  let integer = 0
  let integerDigits = 0
  for (; i < n; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) break
    integer = integer * 10 + digit
    integerDigits++
  }
  let fraction = 0
  let places = 0
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* . */) return null
    for (i++; i < n; i++) {
      const digit = text.charCodeAt(i) - 48
      if (digit < 0 || digit > 9 || places === PLACES) return null
      fraction = fraction * 10 + digit
      places++
    }
  }
  if (integerDigits + places === 0 || integerDigits > MAX_INTEGER_DIGITS) return null
  const millionths = integer * SCALE + fraction * POW10[PLACES - places]!
  return negative ? -millionths : millionths
}

/**
 * An exact running sum of decimal strings. Plain values (the usual "12.5", "37.24") are added as
 * integer millionths in a float, which is exact below 2^53; anything else goes through decimal.js.
 */
export class DecimalAccumulator {
  private millionths = 0
  private rest: Decimal = ZERO

  add(text: string): void {
    const term = toMillionths(text)
    if (term === null) {
      this.rest = this.rest.plus(text)
      return
    }
    const next = this.millionths + term
    if (next > FLUSH_ABOVE || next < -FLUSH_ABOVE) {
      this.rest = this.rest.plus(new Decimal(this.millionths).div(SCALE))
      this.millionths = term
    } else {
      this.millionths = next
    }
  }

  /** The sum in integer millionths while every term was a plain value and no flush happened; else null. */
  exactMillionths(): number | null {
    return this.rest.isZero() ? this.millionths : null
  }

  total(): Decimal {
    return this.millionths === 0 ? this.rest : this.rest.plus(new Decimal(this.millionths).div(SCALE))
  }
}
