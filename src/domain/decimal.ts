// Exact decimal arithmetic for money, counts and scores. Nothing here ever sums binary floats.
import DecimalJs from 'decimal.js'

export type Rounding = 'cent' | 'whole'
/** Half up (the published convention) or down (truncation, as some units' forms do). */
export type RoundingMode = 'halfUp' | 'down'

export { isStoredDecimal, STORED_DECIMAL } from './stored-decimal'

/** A private decimal.js constructor: 40 significant digits, half-up rounding (the published convention). */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP })
export type Decimal = DecimalJs

export const ZERO: Decimal = new Decimal(0)
export const ONE: Decimal = new Decimal(1)
export const HUNDRED: Decimal = new Decimal(100)

/** A decimal from a decimal string ("37.24") or a number; a number goes through its shortest string form. */
export function dec(x: string | number | Decimal): Decimal {
  return x instanceof Decimal ? x : new Decimal(x)
}

export function sum(list: Iterable<string | number | Decimal>): Decimal {
  let total = ZERO
  for (const x of list) total = total.plus(x)
  return total
}

function placesOf(rounding: Rounding): number {
  return rounding === 'cent' ? 2 : 0
}

/** Rounds once to 2 places ("cent") or whole points ("whole"), half up or truncating (8.629 → 8.62). */
export function roundScore(d: Decimal, rounding: Rounding, mode: RoundingMode = 'halfUp'): Decimal {
  return d.toDecimalPlaces(placesOf(rounding), mode === 'down' ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP)
}

/** The finer of two roundings: a total of cent and whole parts keeps its cents. */
export function finerRounding(a: Rounding, b: Rounding): Rounding {
  return a === 'cent' || b === 'cent' ? 'cent' : 'whole'
}

/** "8.62" (cent) or "9" (whole), half up. */
export function fmt(d: Decimal, rounding: Rounding): string {
  return d.toFixed(placesOf(rounding), Decimal.ROUND_HALF_UP)
}

/** Percentages such as the budget execution rate: always 2 places, half up ("86.20"). */
export function fmtRate(d: Decimal): string {
  return d.toFixed(2, Decimal.ROUND_HALF_UP)
}

/** Money in 万元: at least 2 places, never drops digits the file gave ("100.00", "37.2412"). */
export function fmtMoney(d: Decimal): string {
  return d.decimalPlaces() > 2 ? d.toFixed() : d.toFixed(2)
}

/** A measured value as given, in plain notation ("1", "37.24", "0"). */
export function fmtPlain(d: Decimal): string {
  return d.toFixed()
}
