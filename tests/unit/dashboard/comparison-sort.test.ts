import { describe, expect, it } from 'vitest'
import type { ComparisonRow } from '@/domain/dashboard'
import { sortComparison } from '@/domain/dashboard/comparison-sort'

const row = (unitId: string, over: Partial<ComparisonRow>): ComparisonRow => ({
  unitId,
  unitName: unitId,
  parentId: null,
  sheetCount: 1,
  sheetId: `${unitId}-s`,
  score: null,
  max: '100.00',
  projected: null,
  grade: null,
  rate: null,
  light: 'none',
  ...over,
})

// Tree order a, b, c, d; d has no sheet (no figures at all).
const rows = [
  row('a', { score: '86.20', projected: '90.00', rate: '99.50', light: 'green' }),
  row('b', { score: '9.50', projected: '95.10', rate: '100.00', light: 'red' }),
  row('c', { score: '86.20', projected: '70.00', rate: '8.62', light: 'yellow' }),
  row('d', { sheetCount: 0, sheetId: null, max: null }),
]
const ids = (list: ComparisonRow[]) => list.map((r) => r.unitId).join('')

describe('sortComparison', () => {
  it('ranks by score as numbers, not as text (9.50 below 86.20), ties in tree order, no figure last', () => {
    expect(ids(sortComparison(rows, 'score', 'desc'))).toBe('acbd')
    expect(ids(sortComparison(rows, 'score', 'asc'))).toBe('bacd')
  })

  it('ranks by 执行率 and by projected score', () => {
    // 100.00 > 99.50 > 8.62 (as text "8.62" would sort above "100.00")
    expect(ids(sortComparison(rows, 'rate', 'desc'))).toBe('bacd')
    expect(ids(sortComparison(rows, 'projected', 'desc'))).toBe('bacd')
  })

  it('ranks lights worst first (red, yellow, green), units without a light last', () => {
    expect(ids(sortComparison(rows, 'light', 'desc'))).toBe('bcad')
    expect(ids(sortComparison(rows, 'light', 'asc'))).toBe('acbd')
  })

  it('keeps the tree order and never sorts in place', () => {
    const copy = sortComparison(rows, 'tree', 'desc')
    expect(ids(copy)).toBe('abcd')
    expect(copy).not.toBe(rows)
    sortComparison(rows, 'score', 'desc')
    expect(ids(rows)).toBe('abcd')
  })
})
