// Apart from decimal.ts so that the db's checks, which the first page load runs, do not bring
// decimal.js (12 KB gzip) into the first bundle: a pattern needs no arithmetic.
/**
 * A decimal as the database stores it: non-negative, plain notation, at most 15 integer digits and
 * 6 places (0.000001 万元 = 0.01 元). The db's checks, the sheet form and the workbook reader use it.
 */
export const STORED_DECIMAL = /^\d{1,15}(\.\d{1,6})?$/

export function isStoredDecimal(x: unknown): x is string {
  return typeof x === 'string' && STORED_DECIMAL.test(x)
}

/**
 * A spending amount as stored: a stored decimal, or a negative one for a refund or correction
 * (冲减, which needs its reason). "-0" is not a refund.
 */
export const STORED_AMOUNT = /^-?\d{1,15}(\.\d{1,6})?$/

export function isStoredAmount(x: unknown): x is string {
  return typeof x === 'string' && STORED_AMOUNT.test(x) && !/^-0+(\.0+)?$/.test(x)
}

/** True for an amount written with a minus sign (a refund), without reading it as a number. */
export function isRefundAmount(x: string): boolean {
  return x.startsWith('-') && /[1-9]/.test(x)
}
