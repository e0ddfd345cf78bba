import { describe, expect, it } from 'vitest'
import { scoreSheet } from '@/domain/scoring'
import { data, entry, indicator, sheet, spend } from '../scoring/fixtures'

const count = indicator({ id: 'c', target: { op: '>=', value: '4', unit: '次' }, weight: 15 })
const reading = indicator({
  id: 'r',
  target: { op: '=', value: '100', unit: '%' },
  weight: 15,
  measure: 'latest',
})
const quality = indicator({ id: 'q', target: { op: 'qualitative', text: '有效提升' }, weight: 20 })
const logs = data({
  spending: [spend('2025-04-01', '40')],
  progress: [entry('c', '2025-05-01', '1'), entry('r', '2025-06-01', '90')],
  judgements: [{ indicatorId: 'q', tier: '达成', score: '18' }],
})

describe('projected year-end total', () => {
  it('extends cumulative measures and spending by the time progress, keeps readings and judgements', () => {
    // worked out by hand, as of 06-30 (progress 0.5):
    //   now:       budget 10 × 40/100 = 4.00; c 15 × 1/4 = 3.75; r 15 × 0.9 = 13.50; q 18 → 39.25
    //   projected: spending 40 / 0.5 = 80 → 8.00; c 1 / 0.5 = 2 → 15 × 2/4 = 7.50; r 13.50; q 18 → 47.00
    const score = scoreSheet(sheet([count, reading, quality]), logs, '2025-06-30')
    expect(score.total).toBe('39.25')
    expect(score.projected).toBe('47.00')
    expect(score.budget).toMatchObject({ projectedExecuted: '80.00', projectedScore: '8.00' })
    expect(score.indicators[0]).toMatchObject({ projectedActual: '2', projectedScore: '7.50' })
    expect(score.indicators[1]).toMatchObject({ projectedActual: '90', projectedScore: '13.50' })
  })

  it('equals the total at year end', () => {
    const score = scoreSheet(sheet([count, reading, quality]), logs, '2025-12-31')
    // worked out by hand: 4.00 + 3.75 + 13.50 + 18 = 39.25
    expect(score.total).toBe('39.25')
    expect(score.projected).toBe(score.total)
  })

  it('follows the plan where there is one', () => {
    // worked out by hand: as of 05-20 the plan asks 1 of 4 (fraction 1/4); 1 done → 1 / 0.25 = 4 → 15.00.
    //   The straight line: 1 / (5/12) = 2.4 → 15 × 2.4/4 = 9.00
    const plan = [
      { month: 3, value: '1' },
      { month: 6, value: '2' },
      { month: 9, value: '3' },
      { month: 12, value: '4' },
    ]
    const planned = indicator({ ...count, id: 'p', plan })
    const l = data({ progress: [entry('p', '2025-03-15', '1'), entry('c', '2025-03-15', '1')] })
    const [p, c] = scoreSheet(sheet([planned, count]), l, '2025-05-20').indicators
    expect(p).toMatchObject({ projectedActual: '4', projectedScore: '15.00' })
    expect(c).toMatchObject({ projectedActual: '2.4', projectedScore: '9.00' })
  })

  it('keeps the actual as it is when nothing is due yet', () => {
    const planned = indicator({ ...count, id: 'p', plan: [{ month: 6, value: '2' }] })
    const score = scoreSheet(
      sheet([planned]),
      data({ progress: [entry('p', '2025-01-20', '1')] }),
      '2025-02-10',
    )
    expect(score.indicators[0]).toMatchObject({ projectedActual: '1', projectedScore: '3.75' })
  })

  it('applies overrides and not-applicable to the projection as well', () => {
    const l = data({
      progress: [entry('c', '2025-05-01', '1')],
      overrides: [{ indicatorId: 'c', score: '12', reason: '复核' }],
      notApplicable: [{ indicatorId: 'r', reason: '—' }],
    })
    const score = scoreSheet(
      sheet([count, reading], { budget: { initial: '0', adjusted: '0' } }),
      l,
      '2025-06-30',
    )
    expect(score.indicators[0]).toMatchObject({ score: '12.00', projectedScore: '12.00' })
    expect(score.indicators[1]).toMatchObject({ score: null, projectedScore: null })
    expect(score.projected).toBe('12.00')
  })
})
