import { describe, expect, it } from 'vitest'
import { scoreOutlook } from '@/domain/dashboard'
import { resolveProfile, scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { builtInPackage, halfYear, yearOfEntries } from '../fixtures/built-in'

const profile = resolveProfile({})

/** The project sheet at year end with every quantity met, half the budget spent, 提升公共服务质量 not judged. */
function projectAwaitingJudgement(): LedgerPackage {
  const e = (id: string, indicatorId: string, value: string) => ({
    id,
    indicatorId,
    date: '2025-12-20',
    value,
  })
  return {
    ...builtInPackage(),
    progress: [
      e('a1', 'p1-i1', '1'),
      e('a2', 'p1-i2', '100'),
      e('a3', 'p1-i3', '100'),
      e('a4', 'p1-i4', '50'),
      e('a5', 'p1-i5', '50'),
      e('a6', 'p1-i7', '95'),
    ],
    spending: [{ id: 's1', sheetId: 'kz-2025-proj-1', date: '2025-12-01', amount: '50.00' }],
  }
}

describe('the score outlook on a sheet card', () => {
  it('shows a 20-point judgement still awaited as a range 75.00–95.00, 中 now, 中–优 at year end', () => {
    // Budget 10 × 50/100 = 5.00; p1-i1 15, p1-i2 15, p1-i3 10, p1-i4 10, p1-i5 10, p1-i7 10 (95 of ≥95):
    // 5 + 15 + 15 + 10 + 10 + 10 + 10 = 75.00. p1-i6 (定性, 20) awaits a judgement: counts 0; the best
    // tier (达成) reaches 100 % of 20 → 75.00 + 20.00 = 95.00. Grades: 75 → 中 (≥ 60); 95 → 优 (≥ 90).
    const project = scorePackage(projectAwaitingJudgement(), '2025-12-31').sheets[1]!
    expect(scoreOutlook(project, profile)).toEqual({
      current: { score: '75.00', grade: '中' },
      projected: { low: '75.00', high: '95.00', lowGrade: '中', highGrade: '优' },
      pending: [{ indicatorId: 'p1-i6', name: '提升公共服务质量', points: '20.00' }],
      pendingPoints: '20.00',
    })
  })

  it('adds the pending points to the projection mid-year: 25.00–45.00', () => {
    // At 2025-06-30 the project scores 21.00 and projects 25.00 (overview-figures.test.ts); + 20 → 45.00.
    const [dept, project] = scorePackage(halfYear(), '2025-06-30').sheets
    const outlook = scoreOutlook(project!, profile)
    expect(outlook.current).toEqual({ score: '21.00', grade: '差' })
    expect(outlook.projected).toEqual({ low: '25.00', high: '45.00', lowGrade: '差', highGrade: '差' })
    // The department has no 定性 indicator: one number, nothing pending.
    expect(scoreOutlook(dept!, profile)).toMatchObject({
      projected: { low: '67.89', high: '67.89' },
      pending: [],
      pendingPoints: '0.00',
    })
  })

  it('grades the projection with the profile thresholds (80/70/60 deployments)', () => {
    // 75.00 is 良 under 80/70/60 (≥ 70), 95.00 优.
    const project = scorePackage(projectAwaitingJudgement(), '2025-12-31').sheets[1]!
    const outlook = scoreOutlook(project, { ...profile, grades: [80, 70, 60] })
    expect([outlook.current.grade, outlook.projected.lowGrade, outlook.projected.highGrade]).toEqual([
      '良',
      '良',
      '优',
    ])
  })

  it('has nothing pending once the judgement is given', () => {
    const project = scorePackage(yearOfEntries(), '2025-12-31').sheets[1]!
    const outlook = scoreOutlook(project, profile)
    expect(outlook.pending).toEqual([])
    expect(outlook.projected.high).toBe(outlook.projected.low)
  })
})
