// Amounts on screen read as finance forms print them: "1,234,567.89". Works on the exact decimal
// string (never through a float, which would lose digits past the 15th).
const PLAIN = /^(-?)(\d+)(\.\d+)?$/

/** "1234567.89" → "1,234,567.89"; text that is not a plain decimal (a dash, "") is returned as is. */
export function formatAmount(value: string | null | undefined, dash = '—'): string {
  if (value === null || value === undefined) return dash
  const m = PLAIN.exec(value.trim())
  if (!m) return value
  const [, sign, whole, fraction = ''] = m
  return `${sign}${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`
}

/** Places every 万元 amount is shown with; the exact amount goes to the title when it has more. */
export const MONEY_PLACES = 2

/**
 * The one display of money (万元): grouped, always `MONEY_PLACES` places, rounded half up on the
 * exact digits ("12.5" → "12.50", "1000000.234567" → "1,000,000.23"), and `exact` — the whole
 * value, grouped — when rounding dropped a non-zero digit, for a tooltip; null otherwise.
 */
export function moneyShown(value: string): { text: string; exact: string | null } {
  const m = PLAIN.exec(value.trim())
  if (!m) return { text: value, exact: null }
  const [, sign, whole, dotted = ''] = m
  const fraction = dotted.slice(1)
  const kept = fraction.slice(0, MONEY_PLACES).padEnd(MONEY_PLACES, '0')
  const dropped = fraction.slice(MONEY_PLACES)
  // Half up on the magnitude: the digits as one integer, plus one unit when the first dropped is ≥ 5.
  let units = BigInt(`${whole}${kept}`)
  if (dropped && dropped[0]! >= '5') units += 1n
  const digits = units.toString().padStart(MONEY_PLACES + 1, '0')
  const rounded = `${digits.slice(0, -MONEY_PLACES)}.${digits.slice(-MONEY_PLACES)}`
  const negative = sign === '-' && /[1-9]/.test(rounded)
  const text = formatAmount(`${negative ? '-' : ''}${rounded}`)
  return { text, exact: /[1-9]/.test(dropped) ? formatAmount(value.trim()) : null }
}
