import { describe, expect, it } from 'vitest'
import { attentionList, budgetSeries, completionRows, staleIndicators } from '@/domain/dashboard'
import { scorePackage } from '@/domain/scoring'
import { halfYear } from '../fixtures/built-in'

const AS_OF = '2025-06-30'

describe('the overview at 2025-06-30 (序时进度 50 %)', () => {
  const pkg = halfYear()
  const scores = scorePackage(pkg, AS_OF)
  const [dept, project] = scores.sheets

  it('reads each sheet as the engine does', () => {
    // Department: budget 10 × 150 / 411.81 = 3.642…→ 3.64; d-i1 15 × 2/4 = 7.50; d-i2 15 × 1/2 = 7.50;
    // d-i3 15 × 1/4 = 3.75; d-i4 15 × 2/5 = 6.00; d-i5 15 × 10000/27000 = 5.555…→ 5.56; d-i6 0.
    // Total 3.64 + 7.50 + 7.50 + 3.75 + 6.00 + 5.56 + 0 = 33.95.
    // Projected: spending 300 → 10 × 300/411.81 = 7.284…→ 7.28; d-i1 2 / 0.5 = 4 → 15; d-i2 2 → 15;
    // d-i3 2 → 7.50; d-i4 4 → 12.00; d-i5 20000 → 11.11; d-i6 0 → 0. 7.28 + 15 + 15 + 7.5 + 12 + 11.11 = 67.89.
    expect(dept).toMatchObject({ total: '33.95', projected: '67.89', grade: '差', light: 'red' })
    // Project: 60 of 100 spent → 6.00; p1-i1 1 of ≥1 → 15. Projected: 120 → capped 10; 15. 21.00 / 25.00.
    expect(project).toMatchObject({ total: '21.00', projected: '25.00', light: 'red' })
  })

  it('lists red lines before yellow ones, the furthest behind first, with the recorded reason', () => {
    const items = attentionList(scores.sheets, [
      { indicatorId: 'd-i3', cause: '人员保障', text: '竞赛组织人员不足', likelihood: '有可能' },
    ])
    // Red: d-i6 v = 0 / 2 (plan month 6 = 2) = 0; p1-i4 and p1-i5 v = 0; d-i3 v = 1 / (4 × 0.5) = 50.
    // Yellow: dept budget v = (150/411.81) / 0.5 = 72.85; d-i5 v = 10000 / 13500 = 74.07.
    expect(items.map((i) => [i.indicatorId, i.light, i.lightValue])).toEqual([
      ['d-i6', 'red', '0.00'],
      ['p1-i4', 'red', '0.00'],
      ['p1-i5', 'red', '0.00'],
      ['d-i3', 'red', '50.00'],
      [null, 'yellow', '72.85'],
      ['d-i5', 'yellow', '74.07'],
    ])
    expect(items[3]!.deviation).toMatchObject({ cause: '人员保障', text: '竞赛组织人员不足' })
    expect(items[4]).toMatchObject({ sheetId: 'kz-2025-dept', actual: '36.42', expected: '50.00' })
  })

  it('gives completion against the target and against what is due by now', () => {
    const rows = completionRows(pkg.sheets[0]!.indicators, dept!.indicators)
    // d-i1 2/4 = 50 %, due 2/4 = 50 %; d-i5 10000/27000 = 37.04 %, due 13500/27000 = 50 %;
    // d-i6 0 %, due by plan 2/4 = 50 %.
    expect(rows.map((r) => [r.id, r.completion, r.expected])).toEqual([
      ['d-i1', '50.00', '50.00'],
      ['d-i2', '50.00', '50.00'],
      ['d-i3', '25.00', '50.00'],
      ['d-i4', '40.00', '50.00'],
      ['d-i5', '37.04', '50.00'],
      ['d-i6', '0.00', '50.00'],
    ])
    // Readings are not spread over the year: a rate is due in full. p1-i6 (定性) has no percentage.
    const projectRows = completionRows(pkg.sheets[1]!.indicators, project!.indicators)
    expect(projectRows.map((r) => r.id)).toEqual(['p1-i1', 'p1-i2', 'p1-i3', 'p1-i4', 'p1-i5', 'p1-i7'])
    expect(projectRows.find((r) => r.id === 'p1-i2')).toMatchObject({ completion: null, expected: '100.00' })
  })

  it('draws budget execution month by month against 序时进度', () => {
    const series = budgetSeries(
      pkg.sheets[1]!,
      pkg.spending.filter((s) => s.sheetId === 'kz-2025-proj-1'),
      AS_OF,
    )
    // 20 spent on 28 Feb, 40 more on 30 Apr, of a 100 budget; 序时进度 m/12.
    expect(series.map((p) => [p.month, p.rate, p.timeProgress])).toEqual([
      [1, '0.00', '8.33'],
      [2, '20.00', '16.67'],
      [3, '20.00', '25.00'],
      [4, '60.00', '33.33'],
      [5, '60.00', '41.67'],
      [6, '60.00', '50.00'],
    ])
  })

  it('reads the last month at the as-of date, not at its end', () => {
    const deptSpending = pkg.spending.filter((s) => s.sheetId === 'kz-2025-dept')
    // The 150 spent on 20 June is after the 15th.
    const series = budgetSeries(pkg.sheets[0]!, deptSpending, '2025-06-15')
    expect(series.at(-1)).toMatchObject({ month: 6, date: '2025-06-15', executed: '0.00' })
    expect(budgetSeries(pkg.sheets[0]!, pkg.spending, '2024-12-31')).toEqual([])
  })

  it('finds indicators with nothing logged for 30 days or more', () => {
    // Latest entries ≤ 30 June: d-i1 20 May (41 days), d-i2 10 Feb (140), d-i3 10 Apr (81; the July
    // entry is later), d-i4 1 Jun (29: not stale), d-i5 31 May (30: stale); p1-i1 1 Mar (121) but
    // 1 of ≥1 done: complete, not listed. No entry at all: counted from 1 January, 180 days (d-i6, p1-i2…p1-i5, p1-i7); p1-i6 is 定性.
    const stale = staleIndicators(pkg, AS_OF, 30)
    const days = Object.fromEntries(stale.map((s) => [s.indicatorId, s.days]))
    expect(days).toEqual({
      'd-i6': 180,
      'p1-i2': 180,
      'p1-i3': 180,
      'p1-i4': 180,
      'p1-i5': 180,
      'p1-i7': 180,
      'd-i2': 140,
      'd-i3': 81,
      'd-i1': 41,
      'd-i5': 30,
    })
    expect(stale.find((s) => s.indicatorId === 'd-i3')!.lastEntry).toBe('2025-04-10')
    expect(staleIndicators(pkg, '2025-01-10', 30)).toEqual([])
  })

  it('leaves out counts that reached their target, never readings or unfinished counts', () => {
    // d-i1 (≥4 次) with 4 entries by 1 May: done by 30 June. d-i2 (≥2) with 1 of 2: still listed (140
    // days). p1-i2 (资金使用合规率 =100%) read 100 on 1 Feb: a reading, listed (149 days).
    const entries = [
      ...['2025-01-10', '2025-02-10', '2025-03-10', '2025-05-01'].map((date, i) => ({
        id: `c${i}`,
        indicatorId: 'd-i1',
        date,
        value: '1',
      })),
      { id: 'r1', indicatorId: 'p1-i2', date: '2025-02-01', value: '100' },
    ]
    const more = { ...pkg, progress: [...pkg.progress.filter((e) => e.indicatorId !== 'd-i1'), ...entries] }
    const days = Object.fromEntries(staleIndicators(more, AS_OF, 30).map((s) => [s.indicatorId, s.days]))
    expect(days['d-i1']).toBeUndefined()
    expect(days['d-i2']).toBe(140)
    expect(days['p1-i2']).toBe(149)
    // The fourth moved after the as-of date: 3 of 4, still listed, 112 days since 10 March.
    const late = {
      ...more,
      progress: more.progress.map((e) => (e.id === 'c3' ? { ...e, date: '2025-07-01' } : e)),
    }
    const lateDays = Object.fromEntries(staleIndicators(late, AS_OF, 30).map((s) => [s.indicatorId, s.days]))
    expect(lateDays['d-i1']).toBe(112)
  })
})
