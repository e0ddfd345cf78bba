// The arithmetic a reader of 表1–表11 can redo: items against their subtotal, a row's parts against its
// 合计, the two sides of 表1/表4, the same class in different tables, and the target tables' budgets
// against 表1 and 表7. Exact decimals: 24.81 + 28.98 is 53.79, not 53.789999….
import { dec, sum } from '../decimal'
import type { Sheet } from '../types'
import type { BudgetDisclosure, BudgetRow, BudgetTable, Place } from './types'

export type BudgetCheckId =
  | 'itemsVsSubtotal'
  | 'totalVsClasses'
  | 'rowSplit'
  | 'incomeItems'
  | 'sidesBalance'
  | 'acrossTables'
  | 'targetBudget'
  | 'projectNotListed'

export interface RowRef extends Place {
  table: number
  code: string | null
  label: string
}

export interface BudgetFinding {
  check: BudgetCheckId
  /** The row whose printed amount disagrees. */
  at: RowRef
  /** The amount printed there. */
  stated: string
  /** What the other side makes. */
  computed: string
  /** The printed amounts that were added up to `computed` (one for a comparison). */
  parts: string[]
  /** The row it was compared with, when that is a single row elsewhere. */
  other?: RowRef
  /** The target sheet, for targetBudget and projectNotListed. */
  sheet?: string
}

/** Tables whose columns after 合计 split it (基本/项目, 人员/公用, economic classes, 一般公共预算 …). */
const SPLIT_COLUMNS = new Set([3, 5, 6, 7])
const HIERARCHY = new Set([2, 3, 5, 6, 7])

export function checkBudgetTables(
  doc: BudgetDisclosure,
  sheets: readonly Pick<Sheet, 'kind' | 'name' | 'budget'>[] = [],
): BudgetFinding[] {
  const byNumber = new Map(doc.tables.map((t) => [t.number, t]))
  return [
    ...doc.tables.flatMap((t) => [
      ...(HIERARCHY.has(t.number) ? hierarchy(t) : []),
      ...(SPLIT_COLUMNS.has(t.number) ? rowSplits(t, t.rows) : []),
      ...(t.number === 1 || t.number === 4 ? twoSided(t) : []),
    ]),
    ...acrossTables(byNumber),
    ...targetBudgets(byNumber, sheets),
  ]
}

function ref(table: number, row: BudgetRow): RowRef {
  return { table, code: row.code, label: row.label, line: row.line, page: row.page }
}

function compare(
  check: BudgetCheckId,
  table: number,
  row: BudgetRow,
  stated: string,
  parts: string[],
  other?: RowRef,
): BudgetFinding[] {
  const computed = sum(parts)
  if (computed.eq(dec(stated))) return []
  return [
    {
      check,
      at: ref(table, row),
      stated,
      computed: computed.toFixed(2),
      parts,
      ...(other && { other }),
    },
  ]
}

const first = (row: BudgetRow | undefined) => row?.values[0]

/** 款 = Σ 项, 类 = Σ 款, 总计 = Σ 类, on the 合计 column (the only one whose position is certain). */
function hierarchy(t: BudgetTable): BudgetFinding[] {
  const coded = t.rows.filter((r) => r.code !== null && r.values.length > 0)
  const findings: BudgetFinding[] = []
  for (const parent of coded) {
    const depth = parent.code!.split(' ').length
    const children = coded.filter(
      (c) => c.code!.startsWith(`${parent.code} `) && c.code!.split(' ').length === depth + 1,
    )
    if (children.length > 0)
      findings.push(
        ...compare(
          'itemsVsSubtotal',
          t.number,
          parent,
          parent.values[0]!,
          children.map((c) => c.values[0]!),
        ),
      )
  }
  const total = t.rows.find((r) => r.total && r.values.length > 0)
  const classes = coded.filter((r) => !r.code!.includes(' '))
  if (total && classes.length > 0)
    findings.push(
      ...compare(
        'totalVsClasses',
        t.number,
        total,
        total.values[0]!,
        classes.map((c) => c.values[0]!),
      ),
    )
  return findings
}

/** 合计 = the columns after it, when more than one amount is printed. */
function rowSplits(t: BudgetTable, rows: readonly BudgetRow[]): BudgetFinding[] {
  return rows
    .filter((r) => r.values.length > 1)
    .flatMap((r) => compare('rowSplit', t.number, r, r.values[0]!, r.values.slice(1)))
}

const TOP_ITEM = /^[一二三四五六七八九十]+、/
const SUB_ITEM = /^\d+\./

function twoSided(t: BudgetTable): BudgetFinding[] {
  const income = t.rows.filter((r) => r.side === 'income')
  const expense = t.rows.filter((r) => r.side === 'expense')
  const incomeTotal = income.find((r) => r.total)
  const expenseTotal = expense.find((r) => r.total)
  const findings: BudgetFinding[] = []
  const classes = expense.filter((r) => r.code !== null && r.values.length > 0)
  if (expenseTotal?.values[0])
    findings.push(
      ...compare(
        'totalVsClasses',
        t.number,
        expenseTotal,
        expenseTotal.values[0],
        classes.map((c) => c.values[0]!),
      ),
    )
  const tops = income.filter((r) => TOP_ITEM.test(r.label) && r.values.length > 0)
  if (incomeTotal?.values[0] && tops.length > 0)
    findings.push(
      ...compare(
        'incomeItems',
        t.number,
        incomeTotal,
        incomeTotal.values[0],
        tops.map((r) => r.values[0]!),
      ),
    )
  // 一、本年收入 = 1.… + 2.… + … (the numbered items under it, not their 其中 lines).
  income.forEach((top, i) => {
    if (!TOP_ITEM.test(top.label) || !top.values[0]) return
    const items: string[] = []
    for (const r of income.slice(i + 1)) {
      if (TOP_ITEM.test(r.label) || r.total) break
      if (SUB_ITEM.test(r.label) && r.values[0]) items.push(r.values[0])
    }
    if (items.length > 0) findings.push(...compare('incomeItems', t.number, top, top.values[0], items))
  })
  if (incomeTotal?.values[0] && expenseTotal?.values[0])
    findings.push(
      ...compare(
        'sidesBalance',
        t.number,
        expenseTotal,
        expenseTotal.values[0],
        [incomeTotal.values[0]],
        ref(t.number, incomeTotal),
      ),
    )
  if (t.number === 4) findings.push(...rowSplits(t, expense))
  return findings
}

/** The functional-class amounts of a table, by class code, on the column `column` picks. */
function classAmounts(t: BudgetTable | undefined, column: (r: BudgetRow) => string | undefined) {
  const map = new Map<string, BudgetRow & { amount: string }>()
  for (const r of t?.rows ?? []) {
    const amount = column(r)
    if (r.code && !r.code.includes(' ') && amount && r.side !== 'income') map.set(r.code, { ...r, amount })
  }
  return map
}

function totalRow(t: BudgetTable | undefined): BudgetRow | undefined {
  return t?.rows.find((r) => r.total && r.side !== 'income' && r.values.length > 0)
}

/**
 * 表1 (all funds) against 表2 and 表3 (all funds); 表4's 一般公共预算 column against 表5; 表5's
 * 基本支出 and 项目支出 against the totals of 表6 and 表7.
 */
function acrossTables(tables: ReadonlyMap<number, BudgetTable>): BudgetFinding[] {
  const findings: BudgetFinding[] = []
  const pair = (from: number, to: number, fromColumn: (r: BudgetRow) => string | undefined) => {
    const a = tables.get(from)
    const b = tables.get(to)
    if (!a || !b || b.declaredEmpty || b.rows.length === 0) return
    const left = classAmounts(a, fromColumn)
    const right = classAmounts(b, first)
    for (const [code, row] of left) {
      const other = right.get(code)
      if (!other) {
        findings.push({
          check: 'acrossTables',
          at: ref(from, row),
          stated: row.amount,
          computed: '0.00',
          parts: [],
          other: { table: to, code, label: row.label, line: b.line, page: b.page },
        })
      } else findings.push(...compare('acrossTables', from, row, row.amount, [other.amount], ref(to, other)))
    }
    const ta = totalRow(a)
    const tb = totalRow(b)
    const amount = ta && fromColumn(ta)
    if (ta && tb && amount)
      findings.push(...compare('acrossTables', from, ta, amount, [tb.values[0]!], ref(to, tb)))
  }
  pair(1, 2, first)
  pair(1, 3, first)
  // 表4's spending rows: 合计 then 一般公共预算; with one amount printed both are that amount.
  pair(4, 5, (r) => r.values[1] ?? r.values[0])
  const t5 = totalRow(tables.get(5))
  for (const [to, column] of [
    [6, 1],
    [7, 2],
  ] as const) {
    const target = totalRow(tables.get(to))
    const amount = t5?.values[column]
    if (t5 && target && amount && t5.values.length === 3)
      findings.push(...compare('acrossTables', 5, t5, amount, [target.values[0]!], ref(to, target)))
  }
  return findings
}

const compact = (s: string) => s.replace(/\s+/g, '')

/** The department sheet's budget is 表1's total; a project sheet's is its row in 表7. */
function targetBudgets(
  tables: ReadonlyMap<number, BudgetTable>,
  sheets: readonly Pick<Sheet, 'kind' | 'name' | 'budget'>[],
): BudgetFinding[] {
  const findings: BudgetFinding[] = []
  const t1 = tables.get(1)
  const t7 = tables.get(7)
  const total1 = totalRow(t1)
  for (const sheet of sheets) {
    if (sheet.kind === 'department') {
      if (t1 && total1?.values[0])
        findings.push(
          ...compare('targetBudget', 1, total1, total1.values[0], [sheet.budget.initial]).map((f) => ({
            ...f,
            sheet: sheet.name,
          })),
        )
      continue
    }
    if (!t7) continue
    const name = compact(sheet.name)
    const row = t7.rows.find((r) => r.values.length > 0 && name !== '' && compact(r.label).includes(name))
    if (row) {
      findings.push(
        ...compare('targetBudget', 7, row, row.values[0]!, [sheet.budget.initial]).map((f) => ({
          ...f,
          sheet: sheet.name,
        })),
      )
    } else if (!dec(sheet.budget.initial).isZero()) {
      const place = { table: 7, code: null, label: t7.title, line: t7.line, page: t7.page }
      findings.push({
        check: 'projectNotListed',
        at: place,
        stated: '0.00',
        computed: dec(sheet.budget.initial).toFixed(2),
        parts: [sheet.budget.initial],
        sheet: sheet.name,
      })
    }
  }
  return findings
}
