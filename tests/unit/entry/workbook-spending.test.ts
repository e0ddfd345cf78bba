import { describe, expect, it } from 'vitest'
import { entryContent, importStatuses, pickLabels, spendingContent } from '@/domain/entry/workbook-duplicates'
import { checkSpendingRows, readFundSource } from '@/domain/entry/workbook-spending'

const sheets = [
  { id: 'p1', name: '工会经费' },
  { id: 'p2', name: '职工互助', locked: true },
]
const check = (cells: string[][]) =>
  checkSpendingRows(
    cells.map((c, i) => ({ row: i + 2, cells: c })),
    sheets,
    2025,
    '2025-12-31',
  )

describe('the 支出 sheet: each row checked on its own', () => {
  it('12,345.67 元 is 1.234567 万元; the fund source by its label, empty is 当年财政拨款', () => {
    const { good, bad } = check([
      ['工会经费', '2025/3/1', '12,345.67', '上年结转资金', '购书'],
      ['工会经费', '2025-03-02', '100', '', ''],
    ])
    expect(bad).toEqual([])
    expect(good.map(({ id: _id, ...g }) => g)).toEqual([
      { row: 2, sheetId: 'p1', date: '2025-03-01', amount: '1.234567', source: 'carryover', note: '购书' },
      { row: 3, sheetId: 'p1', date: '2025-03-02', amount: '0.01' },
    ])
  })

  it('names the row and column of each problem; a locked project is refused', () => {
    const { good, bad } = check([
      ['不存在', '2025-03-01', '1', '', ''],
      ['职工互助', '2025-03-01', '1', '', ''],
      ['工会经费', '2026-01-01', '一百', '拨款', ''],
    ])
    expect(good).toEqual([])
    expect(bad.map((b) => b.problems.map((p) => [p.row, p.column, p.code]))).toEqual([
      [[2, '项目', 'sheetUnknown']],
      [[3, '项目', 'locked']],
      [
        [4, '日期', 'dateOutsideYear'],
        [4, '金额（元）', 'notNumber'],
        [4, '资金来源', 'sourceUnknown'],
      ],
    ])
  })

  it('two identical rows are two payments (different keys); the same file gives the same keys again', () => {
    const row = ['工会经费', '2025-03-01', '50', '', '']
    const first = check([row, row]).good.map((g) => g.id)
    expect(new Set(first).size).toBe(2)
    expect(check([row, row]).good.map((g) => g.id)).toEqual(first)
  })

  it('reads the code as well as the label', () => {
    expect(readFundSource('other')).toBe('other')
    expect(readFundSource(' 其他资金 ')).toBe('other')
    expect(readFundSource('')).toBeUndefined()
    expect(readFundSource('自筹')).toBeNull()
  })
})

describe('duplicates and pick labels', () => {
  it('stored key → imported; same indicator, date and figure as a typed entry → similar; else new', () => {
    const rows = [
      { id: 'a', indicatorId: 'i1', date: '2025-03-01', value: '1.50' },
      { id: 'b', indicatorId: 'i1', date: '2025-03-01', value: '2' },
      { id: 'c', indicatorId: 'i2', date: '2025-03-01', value: '2' },
    ]
    const typed = new Set([entryContent({ indicatorId: 'i1', date: '2025-03-01', value: '1.5' })])
    const status = importStatuses(rows, new Set(['c']), entryContent, typed)
    expect([...status]).toEqual([
      ['a', 'similar'],
      ['b', 'new'],
      ['c', 'imported'],
    ])
    expect(spendingContent({ sheetId: 'p', date: '2025-01-01', amount: '0.10' })).toBe(
      spendingContent({ sheetId: 'p', date: '2025-01-01', amount: '0.1' }),
    )
  })

  it('a name two projects share gets its project beside it', () => {
    const labels = pickLabels([
      { id: '1', name: '资金使用合规率', sheetName: '工会经费' },
      { id: '2', name: '资金使用合规率', sheetName: '职工互助' },
      { id: '3', name: '活动次数', sheetName: '工会经费' },
    ])
    expect([...labels.values()]).toEqual([
      '资金使用合规率（工会经费）',
      '资金使用合规率（职工互助）',
      '活动次数',
    ])
  })
})
