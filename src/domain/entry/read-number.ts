// Reading a number a person typed, exactly, as text. Full-width digits and signs are accepted
// (NFKC), so are thousands groups ("27,000") and a trailing unit that matches the indicator's.
import type { EntryProblemCode } from './problems'

/** At most 15 integer digits and 6 places: the database's decimal format. */
const MAX_INTEGER_DIGITS = 15

export type NumberReading =
  | { ok: true; value: string }
  | { ok: false; code: EntryProblemCode; params?: Record<string, string | number> }

/** NFKC and no whitespace: "１２ 次" → "12次", "－3" → "-3". */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[−﹣–—]/g, '-')
}

const NUMBER = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

/**
 * The non-negative decimal in `text` with at most `maxPlaces` places, as a plain decimal string
 * (thousands commas and leading zeros dropped, trailing zeros kept: "0.10" stays "0.10").
 * `unit`, when given, may follow the number ("3次", "95%"). `signed` lets a minus through
 * ("-12.34"), for spending refunds; "-0" reads as "0".
 */
export function readDecimal(text: string, maxPlaces: number, unit?: string, signed = false): NumberReading {
  let s = normalizeTyped(text)
  if (s === '') return { ok: false, code: 'valueRequired' }
  const normalizedUnit = unit ? normalizeTyped(unit) : ''
  if (normalizedUnit && s.endsWith(normalizedUnit) && s.length > normalizedUnit.length)
    s = s.slice(0, -normalizedUnit.length)
  const m = NUMBER.exec(s)
  if (!m) return { ok: false, code: 'notNumber' }
  const whole = m[2]!.replace(/,/g, '').replace(/^0+(?=\d)/, '')
  const fraction = m[3] ?? ''
  const negative = !!m[1] && /[1-9]/.test(whole + fraction)
  if (negative && !signed) return { ok: false, code: 'negative' }
  if (fraction.length > maxPlaces) return { ok: false, code: 'tooManyPlaces', params: { max: maxPlaces } }
  if (whole.length > MAX_INTEGER_DIGITS) return { ok: false, code: 'tooLarge' }
  return { ok: true, value: `${negative ? '-' : ''}${fraction ? `${whole}.${fraction}` : whole}` }
}
