// Each check on a small table made for the test; the expected sums are worked by hand in the comments.
import { describe, expect, it } from 'vitest'
import { checkBudgetTables, readBudgetTables } from '@/domain/budget-tables'

const lines = (...l: string[]) => l.join('\n')

describe('checkBudgetTables', () => {
  it('rowSplit: 表3 合计 239.02 against 基本 139.02 + 项目 100.10 = 239.12', () => {
    const doc = readBudgetTables(
      lines('表 3', '部门支出总体情况表', '201 29 01 行政运行 239.02 139.02 100.10'),
    )
    const f = checkBudgetTables(doc)
    expect(f.map((x) => [x.check, x.stated, x.computed])).toEqual([['rowSplit', '239.02', '239.12']])
  })

  it('totalVsClasses: 总计 100.00 against 类 60.00 + 40.01 = 100.01', () => {
    const doc = readBudgetTables(
      lines(
        '表 6',
        '一般公共预算基本支出情况表',
        '总计 100.00',
        '301 工资福利支出 60.00',
        '302 商品和服务支出 40.01',
      ),
    )
    expect(checkBudgetTables(doc).map((x) => [x.check, x.computed])).toEqual([['totalVsClasses', '100.01']])
  })

  it('表1: spending total against its classes, income items, and the two sides', () => {
    const doc = readBudgetTables(
      lines(
        '表 1',
        '部门收支总体情况表',
        '一、本年收入 300.00 201 一般公共服务支出 200.00',
        '1.一般公共预算拨款 290.00 208 社会保障和就业支出 100.50',
        '二、上年结转结余 10.00',
        '收 入 总 计 310.00 支 出 总 计 300.00',
      ),
    )
    // 支出: 200.00 + 100.50 = 300.50 ≠ 300.00; 本年收入 300.00 ≠ item 1. 290.00;
    // 收入总计 310.00 = 300.00 + 10.00 (no finding); 支出总计 300.00 ≠ 收入总计 310.00.
    expect(checkBudgetTables(doc).map((x) => [x.check, x.stated, x.computed])).toEqual([
      ['totalVsClasses', '300.00', '300.50'],
      ['incomeItems', '300.00', '290.00'],
      ['sidesBalance', '300.00', '310.00'],
    ])
  })

  it('acrossTables: a class in 表1 printed differently in 表3, with both places', () => {
    const doc = readBudgetTables(
      lines(
        '表 1',
        '部门收支总体情况表',
        '一、本年收入 50.00 210 卫生健康支出 50.00',
        '收入总计 50.00 支出总计 50.00',
        '表 3',
        '部门支出总体情况表',
        '总计 50.00',
        '210 卫生健康支出 49.00',
      ),
    )
    const f = checkBudgetTables(doc).filter((x) => x.check === 'acrossTables')
    // 表1 210 = 50.00, 表3 210 = 49.00; the totals agree; 表3's own 总计 50.00 ≠ 49.00 is totalVsClasses.
    expect(
      f.map((x) => [x.at.table, x.at.code, x.stated, x.computed, x.other?.table, x.other?.line]),
    ).toEqual([[1, '210', '50.00', '49.00', 3, 8]])
  })

  it('projectNotListed: a project sheet whose name 表7 does not print', () => {
    const doc = readBudgetTables(
      lines(
        '表 7',
        '一般公共预算项目支出情况表',
        '总计 30.00 30.00',
        '201 29 01 行政运行 其他项目 30.00 30.00',
      ),
    )
    const sheets = [
      { kind: 'project' as const, name: '劳模慰问经费', budget: { initial: '12.00', adjusted: '12.00' } },
    ]
    expect(checkBudgetTables(doc, sheets).map((x) => [x.check, x.computed, x.sheet])).toEqual([
      ['projectNotListed', '12.00', '劳模慰问经费'],
    ])
  })
})
