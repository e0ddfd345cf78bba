import { describe, expect, it } from 'vitest'
import { InvalidDateError, dayOfYear, monthReached, parseDate, timeProgress } from '@/domain/monitoring'

const frac = (asOf: string, year: number, mode: 'month' | 'day') => timeProgress(asOf, year, mode).toFixed(6)

describe('序时进度', () => {
  it('"month": the as-of month / 12', () => {
    // worked out by hand: 2025-06-15 → 6/12 = 0.5; 2025-01-31 → 1/12 = 0.083333…; 2025-12-01 → 1
    expect(frac('2025-06-15', 2025, 'month')).toBe('0.500000')
    expect(frac('2025-01-31', 2025, 'month')).toBe('0.083333')
    expect(frac('2025-12-01', 2025, 'month')).toBe('1.000000')
  })

  it('"day": day of year / days in year, leap years included', () => {
    // worked out by hand: 2025-06-15 = 31+28+31+30+31+15 = 166 → 166/365 = 0.454795
    expect(frac('2025-06-15', 2025, 'day')).toBe('0.454795')
    // worked out by hand: 2024-06-15 = 31+29+31+30+31+15 = 167 → 167/366 = 0.456284
    expect(frac('2024-06-15', 2024, 'day')).toBe('0.456284')
    // worked out by hand: 2024-03-01 = 31+29+1 = 61 → 61/366; 2024-12-31 = 366/366 = 1
    expect(dayOfYear(parseDate('2024-03-01'))).toBe(61)
    expect(dayOfYear(parseDate('2025-03-01'))).toBe(60)
    expect(frac('2024-12-31', 2024, 'day')).toBe('1.000000')
    expect(frac('2025-12-31', 2025, 'day')).toBe('1.000000')
    // worked out by hand: 1900 is not a leap year, 2000 is
    expect(dayOfYear(parseDate('1900-12-31'))).toBe(365)
    expect(dayOfYear(parseDate('2000-12-31'))).toBe(366)
  })

  it('is 0 before the year and 1 after it', () => {
    expect(frac('2024-12-31', 2025, 'month')).toBe('0.000000')
    expect(frac('2024-12-31', 2025, 'day')).toBe('0.000000')
    expect(frac('2026-01-01', 2025, 'day')).toBe('1.000000')
    expect(monthReached('2024-12-31', 2025)).toBe(0)
    expect(monthReached('2026-01-01', 2025)).toBe(12)
    expect(monthReached('2025-07-04', 2025)).toBe(7)
  })

  it('refuses malformed dates with a bilingual error', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-6-1', '2025/06/01', '']) {
      expect(() => timeProgress(bad, 2025, 'month')).toThrow(InvalidDateError)
    }
    try {
      parseDate('2025-02-30')
    } catch (e) {
      expect((e as InvalidDateError).zh).toContain('YYYY-MM-DD')
      expect((e as InvalidDateError).en).toContain('2025-02-30')
    }
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })
})
