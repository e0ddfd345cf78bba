import { describe, expect, it } from 'vitest'
import { comparisonRows, parentUnits, treeOrder, unitsUnder } from '@/domain/dashboard'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage, Sheet, Unit } from '@/domain/types'
import { halfYear } from '../fixtures/built-in'

const units: Unit[] = [
  { id: 'kz-fed', name: '州总工会', parentId: null },
  { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' },
  { id: 'atush-1', name: '某街道工会', parentId: 'atush' },
  { id: 'other', name: '另一州总工会', parentId: null },
]

/** A copy of a sample sheet under another unit, its indicator ids prefixed so they stay unique. */
function copySheet(sheet: Sheet, unitId: string): Sheet {
  return {
    ...sheet,
    id: `${unitId}-${sheet.id}`,
    unitId,
    indicators: sheet.indicators.map((i) => ({ ...i, id: `${unitId}-${i.id}` })),
  }
}

function severalUnits(): LedgerPackage {
  const base = halfYear()
  const [dept, project] = base.sheets
  const atushDept = copySheet(dept!, 'atush')
  const otherProject = copySheet(project!, 'other')
  return {
    ...base,
    units,
    // The project sheet first, so that choosing the 部门整体 sheet is not just "the first one".
    sheets: [project!, dept!, atushDept, otherProject],
    progress: [
      ...base.progress,
      // 阿图什: d-i1 4 of ≥4 → 15 (v = 4 / 2 = 200, blue), nothing else.
      { id: 'a1', indicatorId: 'atush-d-i1', date: '2025-01-20', value: '4' },
    ],
    spending: [
      ...base.spending,
      // 阿图什: 205.905 of 411.81 = 50.00 % → 5.00 points, v = 100 (green).
      { id: 'as1', sheetId: 'atush-kz-2025-dept', date: '2025-03-31', amount: '205.905' },
    ],
  }
}

describe('comparing units', () => {
  const pkg = severalUnits()
  const scores = scorePackage(pkg, '2025-06-30').sheets

  it('stands each unit by its 部门整体 sheet and lights it by its worst sheet', () => {
    const rows = comparisonRows(units, pkg.sheets, scores)
    expect(
      rows.map((r) => [r.unitId, r.sheetCount, r.sheetId, r.score, r.projected, r.rate, r.light]),
    ).toEqual([
      // Department sheet worked out in overview-figures.test.ts: 33.95 / 67.89, rate 150 / 411.81 = 36.42 %.
      ['kz-fed', 2, 'kz-2025-dept', '33.95', '67.89', '36.42', 'red'],
      // 5.00 budget + 15 (d-i1) = 20.00; projected: 205.905 / 0.5 = 411.81 → 10, d-i1 stays 4 → 15: 25.00.
      ['atush', 1, 'atush-kz-2025-dept', '20.00', '25.00', '50.00', 'red'],
      ['atush-1', 0, null, null, null, null, 'none'],
      // Nothing logged: 0 points, rate 0.
      ['other', 1, 'other-kz-2025-proj-1', '0.00', '0.00', '0.00', 'red'],
    ])
  })

  it('filters to a parent unit and everything below it', () => {
    expect(comparisonRows(units, pkg.sheets, scores, 'atush').map((r) => r.unitId)).toEqual([
      'atush',
      'atush-1',
    ])
    expect([...unitsUnder(units, 'kz-fed')].sort()).toEqual(['atush', 'atush-1', 'kz-fed'])
    expect(parentUnits(units).map((u) => u.id)).toEqual(['kz-fed', 'atush'])
  })

  it('lists parents before their children whatever order the database gives', () => {
    const shuffled = [units[2]!, units[3]!, units[1]!, units[0]!]
    // Roots in the given order (other, kz-fed); below kz-fed: atush, then atush-1 below it.
    expect(comparisonRows(shuffled, pkg.sheets, scores).map((r) => r.unitId)).toEqual([
      'other',
      'kz-fed',
      'atush',
      'atush-1',
    ])
  })

  it('survives a cycle in parentId (bad import) without looping', () => {
    const looped: Unit[] = [
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
    ]
    expect([...unitsUnder(looped, 'a')].sort()).toEqual(['a', 'b'])
    expect(treeOrder(looped).map((u) => u.id)).toEqual(['a', 'b'])
  })
})
