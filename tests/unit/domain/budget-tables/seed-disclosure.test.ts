// Pinned to the unit's own published text (tests/fixtures/kizilsu-zgh-2025-disclosure.txt): every
// expected number below was read off that document by hand.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkBudgetTables, readBudgetTables } from '@/domain/budget-tables'

const TEXT = readFileSync('tests/fixtures/kizilsu-zgh-2025-disclosure.txt', 'utf8')
const doc = readBudgetTables(TEXT)
const table = (n: number) => doc.tables.find((t) => t.number === n)!
const row = (n: number, code: string) => table(n).rows.find((r) => r.code === code)!

describe('readBudgetTables on the 2025 disclosure', () => {
  it('finds 表1–表11 with their titles, 表8–表11 declared empty', () => {
    expect(doc.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(table(1).title).toBe('部门收支总体情况表')
    expect(table(6).title).toBe('一般公共预算基本支出情况表')
    expect(table(10).title).toBe('财政拨款“三公”经费支出情况表')
    expect(doc.tables.filter((t) => t.declaredEmpty).map((t) => t.number)).toEqual([8, 9, 10, 11])
  })

  it('reads 表1 as two sides: income 411.81, spending by class 315.63 / 53.78 / 18.92 / 23.48', () => {
    const spending = table(1).rows.filter((r) => r.side === 'expense' && r.code && r.values.length > 0)
    expect(spending.map((r) => [r.code, r.values[0]])).toEqual([
      ['201', '315.63'],
      ['208', '53.78'],
      ['210', '18.92'],
      ['221', '23.48'],
    ])
    const totals = table(1)
      .rows.filter((r) => r.total)
      .map((r) => [r.side, r.values[0]])
    expect(totals).toEqual([
      ['income', '411.81'],
      ['expense', '411.81'],
    ])
  })

  it('joins a name broken over lines (表2 208 05 05) and keeps the place of its first line', () => {
    const r = row(2, '208 05 05')
    expect(r.label).toBe('机关事业单位基本养老保险缴费支出')
    expect(r.values).toEqual(['28.98', '28.98', '28.98'])
    expect([r.line, r.page]).toEqual([230, 4])
  })

  it('follows 表2 onto its second page (221 on page 5)', () => {
    expect([row(2, '221 02 01').values[0], row(2, '221 02 01').page]).toEqual(['23.48', 5])
  })

  it('reads 表6 by economic class: 总计 311.81 = 人员 306.77 + 公用 5.04', () => {
    const total = table(6).rows.find((r) => r.total)!
    expect(total.values).toEqual(['311.81', '306.77', '5.04'])
    expect(row(6, '301 08').label).toBe('机关事业单位基本养老保险缴费')
  })

  it('reads 表7 with its project: 2025 年预算工会经费 100.00', () => {
    expect(row(7, '201 29 01').label).toBe('行政运行 2025 年预算工会经费')
    expect(row(7, '201 29 01').values[0]).toBe('100.00')
  })
})

describe('checkBudgetTables on the 2025 disclosure', () => {
  const sample = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as {
    sheets: { kind: 'department' | 'project'; name: string; budget: { initial: string; adjusted: string } }[]
  }
  const findings = checkBudgetTables(doc, sample.sheets)

  it('finds exactly the two slips, in each of 表2, 表3 and 表5, with their lines', () => {
    // 208 05: 24.81 + 28.98 = 53.79, printed 53.78; 210 11: 10.00 + 5.40 + 3.53 = 18.93, printed 18.92.
    expect(
      findings.map((f) => [f.check, f.at.table, f.at.code, f.stated, f.computed, f.at.line, f.at.page]),
    ).toEqual([
      ['itemsVsSubtotal', 2, '208 05', '53.78', '53.79', 226, 4],
      ['itemsVsSubtotal', 2, '210 11', '18.92', '18.93', 238, 4],
      ['itemsVsSubtotal', 3, '208 05', '53.78', '53.79', 351, 6],
      ['itemsVsSubtotal', 3, '210 11', '18.92', '18.93', 359, 6],
      ['itemsVsSubtotal', 5, '208 05', '53.78', '53.79', 479, 8],
      ['itemsVsSubtotal', 5, '210 11', '18.92', '18.93', 487, 8],
    ])
    expect(findings[0]!.parts).toEqual(['24.81', '28.98'])
    expect(findings[1]!.parts).toEqual(['10.00', '5.40', '3.53'])
  })

  it("agrees with the target tables' budgets (部门整体 411.81 = 表1; 项目 100.00 = 表7)", () => {
    expect(findings.filter((f) => f.check === 'targetBudget' || f.check === 'projectNotListed')).toEqual([])
    const wrong = sample.sheets.map((s) => ({
      ...s,
      budget: { ...s.budget, initial: s.kind === 'project' ? '90.00' : '411.80' },
    }))
    const off = checkBudgetTables(doc, wrong).filter((f) => f.check === 'targetBudget')
    expect(off.map((f) => [f.at.table, f.stated, f.computed])).toEqual([
      [1, '411.81', '411.80'],
      [7, '100.00', '90.00'],
    ])
  })
})
