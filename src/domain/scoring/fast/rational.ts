// Exact fractions of safe integers (plain Numbers, every product checked to stay below 2^53) for the
// engine's fast path. Whatever does not fit (a product too large, a value written in a form this
// reader does not take, a rounding tie after an inexact step) throws NOT_FAST, and the sheet is
// scored by the decimal.js path instead, so the results never differ.
import type { RoundingMode } from '../../decimal'

/** Thrown where the fast path cannot promise the decimal.js result; caught per sheet. */
export const NOT_FAST: unique symbol = Symbol('not-fast')

export function notFast(): never {
  throw NOT_FAST
}

/** num / den, den > 0, both safe integers. */
export interface Q {
  num: number
  den: number
}

const MAX = Number.MAX_SAFE_INTEGER
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

/** a × b, exact, or NOT_FAST: a true product above 2^53 comes out above it as a float too. */
export function mul(a: number, b: number): number {
  const r = a * b
  if (r > MAX || r < -MAX) notFast()
  return r
}

export function add(a: number, b: number): number {
  const r = a + b
  if (r > MAX || r < -MAX) notFast()
  return r
}

function gcd(a: number, b: number): number {
  a = a < 0 ? -a : a
  while (b) {
    const t = a % b
    a = b
    b = t
  }
  return a
}

export function q(num: number, den = 1): Q {
  if (num === 0) return { num: 0, den: 1 }
  if (den === 1) return { num, den }
  const g = gcd(num, den)
  return g === 1 ? { num, den } : { num: num / g, den: den / g }
}

export const Q0: Q = { num: 0, den: 1 }

export const qMul = (a: Q, b: Q): Q => q(mul(a.num, b.num), mul(a.den, b.den))
export const qDiv = (a: Q, b: Q): Q => q(mul(a.num, b.den), mul(a.den, b.num))
export const qSub = (a: Q, b: Q): Q => q(add(mul(a.num, b.den), -mul(b.num, a.den)), mul(a.den, b.den))
export const qAdd = (a: Q, b: Q): Q => q(add(mul(a.num, b.den), mul(b.num, a.den)), mul(a.den, b.den))
export const qInt = (n: number): Q => ({ num: n, den: 1 })

/** Sign of a − b. */
export function cmp(a: Q, b: Q): number {
  const l = mul(a.num, b.den)
  const r = mul(b.num, a.den)
  return l < r ? -1 : l > r ? 1 : 0
}

export const isPositive = (a: Q) => a.num > 0

/**
 * Whether decimal.js (40 significant digits) holds this value exactly: a terminating decimal, which
 * needs a denominator of 2s and 5s only (conservatively, at most 2^20 × 5^20).
 */
export function terminates(a: Q): boolean {
  let d = a.den
  let twos = 0
  let fives = 0
  while (d % 2 === 0) {
    d /= 2
    twos++
  }
  while (d % 5 === 0) {
    d /= 5
    fives++
  }
  return d === 1 && twos <= 20 && fives <= 20
}

export type { RoundingMode } from '../../decimal'

/**
 * `a` rounded to `places` as an integer count of 10^-places. With `guarded` (the value came through an
 * inexact step that decimal.js rounded at its 40th digit) a value exactly on the rounding point, where
 * that last digit could tip it either way, is left to decimal.js.
 */
export function roundUnits(a: Q, places: number, mode: RoundingMode, guarded = false): number {
  // Every rounded figure of the fast path is a score, rate or amount of at least 0.
  if (a.num < 0) notFast()
  const n = mul(a.num, POW10[places]!)
  let whole = Math.floor(n / a.den)
  let rest = n - whole * a.den
  if (rest < 0) {
    whole--
    rest += a.den
  } else if (rest >= a.den) {
    whole++
    rest -= a.den
  }
  if (mode === 'halfUp') {
    if (guarded && 2 * rest === a.den) notFast()
    if (2 * rest >= a.den) whole++
  } else if (guarded && rest === 0) notFast()
  return whole
}

// Scores and rates repeat (10.00, 100.00, 5.00): the printed forms of small counts are kept, in
// arrays (a Map lookup per figure cost as much as printing it).
const CACHED = 1 << 15
const PRINTED: (string | undefined)[][] = []

/** A count (≥ 0) of 10^-places as decimal.js's toFixed(places) prints it (862, 2 → "8.62"). */
export function fixed(units: number, places: number): string {
  const cache =
    units >= 0 && units < CACHED && places < 3
      ? (PRINTED[places] ??= new Array<string | undefined>(CACHED).fill(undefined))
      : undefined
  let text = cache?.[units]
  if (text === undefined) {
    text = print(units, places)
    if (cache) cache[units] = text
  }
  return text
}

function print(units: number, places: number): string {
  if (places === 0) return String(units)
  const digits = String(units).padStart(places + 1, '0')
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`
}

/** A terminating value in plain notation without trailing zeros, as decimal.js's toFixed() prints it. */
export function plain(units: number, places: number): string {
  while (places > 0 && units % 10 === 0) {
    units /= 10
    places--
  }
  return fixed(units, places)
}

/** Money: at least 2 places, more only where the value has them (fmtMoney). */
export function money(units: number, places: number): string {
  while (places > 2 && units % 10 === 0) {
    units /= 10
    places--
  }
  if (places < 2) return fixed(mul(units, POW10[2 - places]!), 2)
  return fixed(units, places)
}

/** n × 10^-places. */
export interface Scaled {
  n: number
  places: number
}

/**
 * "37.24" → { n: 3724, places: 2 }; null for anything but a plain non-negative decimal of at most 15
 * digits (a negative figure, "1e3" or " 5" go the decimal.js way, which prints them its own way).
 */
export function parseScaled(text: string): Scaled | null {
  const len = text.length
  let n = 0
  let digits = 0
  let places = -1
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i)
    if (c === 46 /* . */ && places < 0) {
      places = 0
      continue
    }
    const d = c - 48
    if (d < 0 || d > 9) return null
    n = n * 10 + d
    digits++
    if (places >= 0) places++
  }
  if (digits === 0 || digits > 15 || places === 0) return null
  return { n, places: places < 0 ? 0 : places }
}

export const scaledQ = (s: Scaled): Q => q(s.n, POW10[s.places]!)

/** A plain decimal string as a fraction, or NOT_FAST. */
export function textQ(text: string): Q {
  const s = parseScaled(text)
  return s ? scaledQ(s) : notFast()
}

const NUMBERS = new Map<number, Q>()

/** A number (a weight, a threshold) through its shortest string form, as `new Decimal(number)` reads it. */
export function numberQ(x: number): Q {
  let value = NUMBERS.get(x)
  if (value === undefined) {
    value = textQ(String(x))
    // The same few weights and thresholds come back on every sheet.
    if (NUMBERS.size < 1000) NUMBERS.set(x, value)
  }
  return value
}

/** Integer millionths (DecimalAccumulator's sum) as a fraction. */
export const millionthsQ = (m: number): Q => q(m, 1e6)

/** A terminating fraction as a count of 10^-places with the fewest places (for plain and money printing). */
export function exactUnits(a: Q): Scaled {
  for (let places = 0; places < POW10.length; places++) {
    const n = mul(a.num, POW10[places]!)
    if (n % a.den === 0) return { n: n / a.den, places }
  }
  return notFast()
}
