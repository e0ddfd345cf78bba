import { describe, expect, it } from 'vitest'
import { InvalidDateError, scorePackage, sheetData, sheetDataIndex } from '@/domain/scoring'
import { entry, indicator, pkg, sheet, spend } from './fixtures'

const a = sheet([indicator({ id: 'a1' }), indicator({ id: 'a2' })], { id: 'A', year: 2024 })
const b = sheet([indicator({ id: 'b1' })], { id: 'B', year: 2025 })
const logs = {
  progress: [
    entry('a1', '2024-03-01', '5'),
    entry('b1', '2025-03-01', '7'),
    entry('zz', '2025-03-01', '1'),
    entry('a1', '2024-04-01', '1'),
  ],
  spending: [
    spend('2024-05-01', '10', 'A'),
    spend('2025-05-01', '20', 'B'),
    spend('2025-05-01', '99', 'nope'),
  ],
  judgements: [],
  overrides: [{ indicatorId: 'b1', score: '3', reason: '—' }],
  notApplicable: [{ indicatorId: 'a2', reason: '—' }],
}

describe('sheetData', () => {
  it('splits logs by sheet and indicator, keeping file order and leaving out unknown ids', () => {
    const index = sheetDataIndex(pkg([a, b], logs))
    expect([...index.keys()]).toEqual(['A', 'B'])
    expect(
      index
        .get('A')!
        .progress.get('a1')!
        .map((e) => e.value),
    ).toEqual(['5', '1'])
    expect(index.get('A')!.progress.has('b1')).toBe(false)
    expect(index.get('A')!.spending.map((s) => s.amount)).toEqual(['10'])
    expect(index.get('A')!.notApplicable.has('a2')).toBe(true)
    expect(index.get('B')!.overrides.get('b1')!.score).toBe('3')
    expect(sheetData(pkg([a, b], logs), 'B').spending.map((s) => s.amount)).toEqual(['20'])
    expect(sheetData(pkg([a, b], logs), 'missing').progress.size).toBe(0)
  })
})

describe('scorePackage', () => {
  it('scores each sheet as of its own year end by default', () => {
    const score = scorePackage(pkg([a, b], logs))
    expect(score.asOf).toBe('2024-12-31')
    expect(score.sheets.map((s) => s.asOf)).toEqual(['2024-12-31', '2025-12-31'])
    // worked out by hand: A: M = 10 + 10 + 10 = 30, a2 (10) not applicable → factor 30/20 = 1.5;
    //   a1 5 + 1 = 6 of ≥10 → effective weight 15 × 0.6 = 9.00;
    //   budget 15 × 10/100 = 1.50 → 10.50
    expect(score.sheets[0]).toMatchObject({ id: 'A', total: '10.50' })
    expect(score.sheets[1]!.indicators[0]).toMatchObject({
      actual: '7',
      score: '3.00',
      computedScore: '7.00',
    })
  })

  it('uses one date for every sheet when given', () => {
    const score = scorePackage(pkg([a, b], logs), '2025-06-30')
    expect(score.asOf).toBe('2025-06-30')
    expect(score.sheets.map((s) => s.asOf)).toEqual(['2025-06-30', '2025-06-30'])
  })

  it('handles an empty package and refuses a malformed date', () => {
    expect(scorePackage(pkg([]))).toEqual({ asOf: null, sheets: [] })
    expect(() => scorePackage(pkg([a]), '2025-02-30')).toThrow(InvalidDateError)
  })
})

describe('scorePackage with an indicator id on two sheets', () => {
  it('lets both sheets read every entry of that id, as the per-sheet maps did', () => {
    const target = { op: '>=' as const, value: '10', unit: '次' }
    const a = sheet([indicator({ id: 'x', weight: 90, target })], { id: 'a' })
    const b = sheet([indicator({ id: 'x', weight: 90, target })], { id: 'b' })
    const all = pkg([a, b], {
      progress: [entry('x', '2025-03-01', '2'), entry('x', '2025-04-01', '3')],
    })
    const [first, second] = scorePackage(all, '2025-12-31').sheets
    // 2 + 3 = 5 of 10: 90 × 5 / 10 = 45 points on each sheet.
    expect(first!.indicators[0]!.actual).toBe('5')
    expect(second!.indicators[0]!.score).toBe('45.00')
  })
})
