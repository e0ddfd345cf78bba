import { describe, expect, it } from 'vitest'
import { scorePackage } from '@/domain/scoring'
import { builtInPackage } from '../../fixtures/built-in'

describe('the shipped sample (克州总工会 2025)', () => {
  it('scores 13 indicators to 0 with nothing logged', () => {
    const score = scorePackage(builtInPackage())
    expect(score.asOf).toBe('2025-12-31')
    expect(score.sheets.flatMap((s) => s.indicators)).toHaveLength(13)
    for (const sheet of score.sheets) {
      expect(sheet).toMatchObject({
        total: '0.00',
        max: '100.00',
        projected: '0.00',
        complete: false,
        grade: '差',
      })
    }
    const [dept, project] = score.sheets
    expect(dept!.indicators.map((i) => i.target)).toEqual([
      '>=4次',
      '>=2次',
      '>=4次',
      '>=5家',
      '>=27000人',
      '>=4次',
    ])
    expect(project!.indicators.find((i) => i.id === 'p1-i6')).toMatchObject({
      target: '有效提升',
      score: null,
      flags: ['needsJudgement'],
      light: 'none',
    })
    expect(project!.indicators.find((i) => i.id === 'p1-i2')).toMatchObject({
      actual: null,
      flags: ['noData'],
    })
  })

  it('scores a complete year', () => {
    const pkg = builtInPackage()
    const done: Record<string, string> = {
      'd-i1': '4',
      'd-i2': '2',
      'd-i3': '4',
      'd-i4': '5',
      'd-i5': '27000',
      'd-i6': '4',
      'p1-i1': '1',
      'p1-i2': '100',
      'p1-i3': '100',
      'p1-i4': '50',
      'p1-i5': '50',
      'p1-i7': '93',
    }
    pkg.progress = Object.entries(done).map(([indicatorId, value], k) => ({
      id: `e${k}`,
      indicatorId,
      date: '2025-11-30',
      value,
    }))
    pkg.spending = [
      { id: 'x1', sheetId: 'kz-2025-dept', date: '2025-12-20', amount: '411.81' },
      { id: 'x2', sheetId: 'kz-2025-proj-1', date: '2025-12-20', amount: '100.00' },
    ]
    pkg.judgements = [{ indicatorId: 'p1-i6', tier: '达成', score: '18' }]
    const [dept, project] = scorePackage(pkg).sheets
    // worked out by hand: department 10 + 6 × 15 = 100.00
    expect(dept).toMatchObject({ total: '100.00', complete: true, grade: '优', light: 'green' })
    // worked out by hand: project 10 + 15 + 15 + 10 + 10 + 10 + 18 + 10 × 93/95 (9.789… → 9.79) = 97.79
    expect(project).toMatchObject({ total: '97.79', projected: '97.79', complete: true, grade: '优' })
    // worked out by hand: 93 / 95 × 100 = 97.89 → green
    expect(project!.indicators[6]).toMatchObject({ score: '9.79', lightValue: '97.89', light: 'green' })
  })
})
