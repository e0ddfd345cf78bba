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
