import { describe, expect, it } from 'vitest'
import { Decimal } from '@/domain/decimal'
import { runningTotals, spendingSteps } from '@/domain/entry'
import { actualOf } from '@/domain/scoring'
import type { Measure, ProgressEntry } from '@/domain/types'

const measures: Record<string, Measure> = { a: 'cumulative', r: 'latest' }

describe('runningTotals', () => {
  const entries: ProgressEntry[] = [
    { id: '03', indicatorId: 'a', date: '2025-04-01', value: '2' },
    { id: '01', indicatorId: 'a', date: '2025-01-15', value: '1' },
    { id: '02', indicatorId: 'r', date: '2025-02-01', value: '96.5' },
    { id: '04', indicatorId: 'a', date: '2025-04-01', value: '0.1' },
    { id: '05', indicatorId: 'r', date: '2025-03-01', value: '94' },
  ]
  const totals = runningTotals(entries, (id) => measures[id])

  it('sums a cumulative indicator in date order: 1, 1+2 = 3, 3+0.1 = 3.1', () => {
    expect(totals.get('01')).toBe('1')
    expect(totals.get('03')).toBe('3')
    expect(totals.get('04')).toBe('3.1')
  })

  it('shows a reading as it is', () => {
    expect(totals.get('02')).toBe('96.5')
    expect(totals.get('05')).toBe('94')
  })

  it('agrees with the engine on the last entry of each day', () => {
    for (const [id, date] of [
      ['01', '2025-01-15'],
      ['04', '2025-04-01'],
    ] as const) {
      const ind = entries.filter((e) => e.indicatorId === 'a')
      expect(totals.get(id)).toBe(actualOf('cumulative', ind, date).value!.toFixed())
    }
  })

  it('adds 0.1 + 0.2 exactly', () => {
    const t = runningTotals(
      [
        { id: '1', indicatorId: 'a', date: '2025-01-01', value: '0.1' },
        { id: '2', indicatorId: 'a', date: '2025-01-02', value: '0.2' },
      ],
      () => 'cumulative',
    )
    expect(t.get('2')).toBe('0.3')
  })
})

describe('spendingSteps', () => {
  it('gives the running 执行率 and the budget light of each date', () => {
    // Budget 100 万元, by month.
    // 03-10: 20 spent → rate 20.00; time 3/12 = 25.00; v = 20/25 × 100 = 80 → green.
    // 06-30: 20 + 10 = 30 → rate 30.00; time 6/12 = 50.00; v = 60 → yellow.
    // 09-01: 30 + 5.5 = 35.5 → rate 35.50; time 9/12 = 75.00; v = 47.33 → red.
    const steps = spendingSteps(
      [
        { id: 'b', date: '2025-06-30', amount: '10' },
        { id: 'a', date: '2025-03-10', amount: '20.00' },
        { id: 'c', date: '2025-09-01', amount: '5.5' },
      ],
      new Decimal('100.00'),
      2025,
      'month',
    )
    expect(steps).toEqual([
      { id: 'a', executed: '20.00', rate: '20.00', timeProgress: '25.00', light: 'green', overspent: false },
      { id: 'b', executed: '30.00', rate: '30.00', timeProgress: '50.00', light: 'yellow', overspent: false },
      { id: 'c', executed: '35.50', rate: '35.50', timeProgress: '75.00', light: 'red', overspent: false },
    ])
  })

  it('nets a refund and flags 超支 above 100 % of the budget', () => {
    // Budget 411.81 万元. 03-01: 400 → 97.13 %; 04-01: refund −12.34 → 387.66 →
    // 387.66 / 411.81 = 94.1357… → 94.14 % (half up); 05-01: +100 → 487.66 → 118.42 %, 超支.
    const steps = spendingSteps(
      [
        { id: 'a', date: '2025-03-01', amount: '400' },
        { id: 'b', date: '2025-04-01', amount: '-12.34' },
        { id: 'c', date: '2025-05-01', amount: '100' },
      ],
      new Decimal('411.81'),
      2025,
      'month',
    )
    expect(steps.map((s) => [s.executed, s.rate, s.overspent])).toEqual([
      ['400.00', '97.13', false],
      ['387.66', '94.14', false],
      ['487.66', '118.42', true],
    ])
  })

  it('has no light without a budget', () => {
    const [step] = spendingSteps(
      [{ id: 'a', date: '2025-03-10', amount: '1' }],
      new Decimal(0),
      2025,
      'month',
    )
    expect(step).toMatchObject({ rate: '0.00', light: 'none' })
  })
})
