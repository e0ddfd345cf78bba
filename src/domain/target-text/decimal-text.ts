// Reading the number of a target exactly, as text: no Number() round trip.

/** "27000", "27,000" (thousands groups), "0.5", "95.00". Normalised text (ASCII digits). */
const NUMBER_AT_START = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/

export interface NumberMatch {
  value: string
  rest: string
}

/** The decimal a text starts with, canonical ("027" → "27", "95.00" → "95"), and what follows. */
export function matchNumber(text: string): NumberMatch | null {
  const m = NUMBER_AT_START.exec(text)
  if (!m) return null
  return { value: canonicalDecimal(m[1]!.replace(/,/g, ''), m[2] ?? ''), rest: text.slice(m[0].length) }
}

/** Plain decimal without leading zeros or trailing fractional zeros. */
export function canonicalDecimal(whole: string, fraction = ''): string {
  const intPart = whole.replace(/^0+(?=\d)/, '')
  const fracPart = fraction.replace(/0+$/, '')
  return fracPart ? `${intPart}.${fracPart}` : intPart
}

/** Canonical form of a decimal string such as "-4.50" → "-4.5"; null when it is not one. */
export function canonicalDecimalString(text: string): string | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!m) return null
  const body = canonicalDecimal(m[2]!, m[3] ?? '')
  return m[1] && /[1-9]/.test(body) ? `-${body}` : body
}
