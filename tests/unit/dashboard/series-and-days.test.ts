import { describe, expect, it } from 'vitest'
import { daysBetween, entriesAsOf, indicatorSeries, monthEnd } from '@/domain/dashboard'
import { halfYear } from '../fixtures/built-in'

describe('one indicator month by month', () => {
  const pkg = halfYear()
  const [dept] = pkg.sheets
  const entries = (id: string) => pkg.progress.filter((e) => e.indicatorId === id)

  it('follows the straight line where there is no plan', () => {
    const d1 = dept!.indicators.find((i) => i.id === 'd-i1')!
    const points = indicatorSeries(dept!, d1, entries('d-i1'), '2025-06-30')
    // ≥4 over twelve months: 4 × m / 12 → 0.33, 0.67, 1, 1.33, 1.67, 2, … 4.
    expect(points.map((p) => p.plan)).toEqual([
      '0.33',
      '0.67',
      '1',
      '1.33',
      '1.67',
      '2',
      '2.33',
      '2.67',
      '3',
      '3.33',
      '3.67',
      '4',
    ])
    // Entries on 15 Mar and 20 May; nothing after the as-of month.
    expect(points.map((p) => p.actual)).toEqual([
      '0',
      '0',
      '1',
      '1',
      '2',
      '2',
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })

  it('follows the quarterly plan where the unit made one', () => {
    const d6 = dept!.indicators.find((i) => i.id === 'd-i6')!
    const points = indicatorSeries(dept!, d6, [], '2025-12-31')
    expect(points.map((p) => p.plan)).toEqual(['0', '0', '1', '1', '1', '2', '2', '2', '3', '3', '3', '4'])
  })

  it('cuts the as-of month at the as-of date', () => {
    const d3 = dept!.indicators.find((i) => i.id === 'd-i3')!
    // 10 Apr: 1; 5 Jul: 3 more. At 2025-07-04 July still shows 1.
    const points = indicatorSeries(dept!, d3, entries('d-i3'), '2025-07-04')
    expect(points.slice(3, 8).map((p) => p.actual)).toEqual(['1', '1', '1', '1', null])
  })
})

describe('calendar helpers', () => {
  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2025-01-01', '2025-06-30')).toBe(180)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1)
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1)
    expect(monthEnd(2025, 2)).toBe('2025-02-28')
    expect(monthEnd(2025, 12)).toBe('2025-12-31')
  })
})

describe('entries at an as-of date', () => {
  it('marks those dated after it, keeps the rest as counted', () => {
    // d-i3 in the half year: 1 on 10 April (counted at 30 June), 3 on 5 July (after: not counted).
    const d3 = halfYear().progress.filter((e) => e.indicatorId === 'd-i3')
    expect(entriesAsOf(d3, '2025-06-30').map((e) => [e.entry.date, e.afterAsOf])).toEqual([
      ['2025-04-10', false],
      ['2025-07-05', true],
    ])
    // The as-of day itself counts (entries dated ≤ as-of).
    expect(entriesAsOf(d3, '2025-07-05').map((e) => e.afterAsOf)).toEqual([false, false])
  })
})
