// The dates Chinese spreadsheets show: "2025-03-05", "2025/3/5", "2025.3.5", "2025年3月5日", "3月5日"
// (the year is the sheet's), "3/5" and the serial number a date cell pastes as when formatted General.
import { normalizeTyped } from './read-number'

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: serial 25569 = 1970-01-01. */
function fromSerial(serial: number): string {
  const date = new Date((serial - 25569) * 86_400_000)
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** "YYYY-MM-DD" when the text reads as a date; otherwise the text trimmed (the checker names it). */
export function sheetDate(text: string, year: number): string {
  const s = normalizeTyped(text)
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (full) return iso(Number(full[1]), Number(full[2]), Number(full[3]))
  const short = /^(\d{1,2})[/月](\d{1,2})日?$/.exec(s)
  if (short) return iso(year, Number(short[1]), Number(short[2]))
  // Serials of 1990–2100 only, so an indicator value pasted into the date column is not read as a date.
  if (/^\d{5}$/.test(s) && Number(s) >= 32874 && Number(s) <= 73415) return fromSerial(Number(s))
  return s
}
