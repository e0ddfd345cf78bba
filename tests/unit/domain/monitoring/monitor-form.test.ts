import { describe, expect, it } from 'vitest'
import { monitorAsOf, monitorForm } from '@/domain/monitoring'
import { scorePackage } from '@/domain/scoring'
import { halfYear } from '../../fixtures/built-in'

describe('the monitoring form for January–June 2025', () => {
  const pkg = halfYear()
  const asOf = monitorAsOf(2025, 6)
  const [dept, project] = scorePackage(pkg, asOf).sheets
  const deviations = [
    {
      indicatorId: 'd-i3',
      cause: '人员保障' as const,
      text: '竞赛组织人员不足',
      likelihood: '有可能' as const,
    },
  ]

  it('is read at the last day of the month', () => {
    expect(asOf).toBe('2025-06-30')
    expect(monitorAsOf(2024, 2)).toBe('2024-02-29')
  })

  it('holds the budget line and every indicator with its units', () => {
    const form = monitorForm(pkg.sheets[0]!, dept!, deviations, 6)
    // Projections print as plain decimals to 2 places at most (2 → "2次"). 150 of 411.81: 36.42 %; at this pace 150 / 0.5 = 300.00 by year end.
    expect(form.budget).toMatchObject({
      initial: '411.81',
      adjusted: '411.81',
      executed: '150.00',
      rate: '36.42',
      timeProgress: '50.00',
      projectedExecuted: '300.00',
      light: 'yellow',
    })
    expect(form.rows.map((r) => [r.indicatorId, r.target, r.executed, r.projected, r.light])).toEqual([
      ['d-i1', '>=4次', '2次', '4次', 'green'],
      ['d-i2', '>=2次', '1次', '2次', 'green'],
      // 1 done of 2 due (v = 50): red; projected 1 × 4 / 2 = 2.
      ['d-i3', '>=4次', '1次', '2次', 'red'],
      ['d-i4', '>=5家', '2家', '4家', 'green'],
      // 10000 of 13500 due: v = 74.07, yellow; projected 10000 × 27000 / 13500 = 20000.
      ['d-i5', '>=27000人', '10000人', '20000人', 'yellow'],
      ['d-i6', '>=4次', '0次', '0次', 'red'],
    ])
    expect(form.rows[2]).toMatchObject({
      cause: '人员保障',
      causeText: '竞赛组织人员不足',
      likelihood: '有可能',
    })
    expect(form.rows[0]).toMatchObject({ cause: null, causeText: '', likelihood: null })
  })

  it('shows readings as they are and leaves the qualitative line to a person', () => {
    const form = monitorForm(pkg.sheets[1]!, project!, [], 6)
    const byId = Object.fromEntries(form.rows.map((r) => [r.indicatorId, r]))
    expect(byId['p1-i2']).toMatchObject({ executed: null, projected: null, light: 'none', flags: ['noData'] })
    expect(byId['p1-i6']).toMatchObject({ target: '有效提升', executed: null, flags: ['needsJudgement'] })
    // 60 of 100 by 30 April, v = 60 / 50 = 120: green (spending has no "ahead"); projected 120.00.
    expect(form.budget).toMatchObject({ rate: '60.00', projectedExecuted: '120.00', light: 'green' })
  })
})
