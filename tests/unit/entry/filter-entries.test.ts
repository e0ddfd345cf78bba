import { describe, expect, it } from 'vitest'
import { changedFields, filterEntries, pageOf, type HistoryEntry } from '@/domain/entry'

const entries: HistoryEntry[] = [
  { id: '1', indicatorId: 'a', sheetId: 's1', date: '2025-01-10', by: '张三' },
  { id: '2', indicatorId: 'b', sheetId: 's1', date: '2025-02-10', by: '李四' },
  { id: '3', indicatorId: 'c', sheetId: 's2', date: '2025-02-10', by: '张三' },
  { id: '4', indicatorId: 'a', sheetId: 's1', date: '2025-03-31', by: '张三' },
]
const withEvidence = new Set(['2', '4'])
const count = (id: string) => (withEvidence.has(id) ? 1 : 0)
const ids = (list: HistoryEntry[]) => list.map((e) => e.id)

describe('filterEntries', () => {
  it('lists newest first, later id first within a day', () => {
    expect(ids(filterEntries(entries, {}, count))).toEqual(['4', '3', '2', '1'])
  })
  it('filters by sheet, indicator, person, dates (inclusive) and evidence', () => {
    expect(ids(filterEntries(entries, { sheetId: 's1' }, count))).toEqual(['4', '2', '1'])
    expect(ids(filterEntries(entries, { indicatorId: 'a' }, count))).toEqual(['4', '1'])
    expect(ids(filterEntries(entries, { by: '张三' }, count))).toEqual(['4', '3', '1'])
    expect(ids(filterEntries(entries, { from: '2025-02-10', to: '2025-03-30' }, count))).toEqual(['3', '2'])
    expect(ids(filterEntries(entries, { evidence: 'with' }, count))).toEqual(['4', '2'])
    expect(ids(filterEntries(entries, { evidence: 'without', by: '张三' }, count))).toEqual(['3', '1'])
  })
  it('filters 10,000 entries (timed in the browser by tests/e2e/entry-timing.spec.ts)', () => {
    const many: HistoryEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i).padStart(5, '0'),
      indicatorId: `i${i % 13}`,
      sheetId: `s${i % 2}`,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      by: i % 3 ? '张三' : '李四',
    }))
    const out = filterEntries(many, { sheetId: 's0', evidence: 'without', by: '李四' }, () => 0)
    // Even i (sheet s0) that are multiples of 3 (李四): multiples of 6 below 10,000 → 0, 6, …, 9996 = 1667.
    expect(out).toHaveLength(1667)
    expect(out[0]!.date >= out[out.length - 1]!.date).toBe(true)
  })
})

describe('pageOf', () => {
  it('cuts pages and clamps past the end', () => {
    const list = [1, 2, 3, 4, 5]
    expect(pageOf(list, 1, 2)).toEqual([1, 2])
    expect(pageOf(list, 3, 2)).toEqual([5])
    expect(pageOf(list, 9, 2)).toEqual([5])
    expect(pageOf([], 1, 2)).toEqual([])
  })
})

describe('changedFields', () => {
  it('names the fields an edit changed, and all of them for a create', () => {
    expect(
      changedFields({ value: '1', note: 'a', date: 'x' }, { value: '2', note: 'a', date: 'x' }, [
        'date',
        'value',
        'note',
      ]),
    ).toEqual([{ field: 'value', before: '1', after: '2' }])
    expect(changedFields(null, { value: '2' }, ['value', 'note'])).toEqual([
      { field: 'value', before: null, after: '2' },
    ])
  })
})
