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
