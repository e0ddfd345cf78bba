// Spending rows read from the 支出 sheet of the 进度填报 workbook: each row checked on its own
// (project, date, amount in 元, fund source), with a stable key like the entry rows, so that the
// same file imported again adds no spending twice.
import type { FundSource } from '../vocabulary'
import type { EntryProblem } from './problems'
import { looseDate } from './bulk-rows'
import { normalizeTyped } from './read-number'
import { checkDate } from './validate-entry'
import { checkAmount } from './validate-spending'
import { placeProblems, rowKeys, type WorkbookRow } from './workbook-entries'

/** The 支出 sheet's columns, in order. Amounts are typed in 元 (vouchers are), stored in 万元. */
export const SPENDING_COLUMNS = ['项目', '日期', '金额（元）', '资金来源', '备注'] as const

/** The fund sources as the sheet's pick list offers them; empty means 当年财政拨款. */
export const FUND_SOURCE_LABELS: Readonly<Record<FundSource, string>> = {
  fiscal: '当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
}

export interface SpendingCandidate {
  id: string
  name: string
  /** Submitted or locked: nothing may be written to it. */
  locked?: boolean
}

export interface SpendingRowProblem extends EntryProblem {
  row: number
  column: (typeof SPENDING_COLUMNS)[number]
}

export interface GoodSpending {
  id: string
  row: number
  sheetId: string
  date: string
  /** 万元 */
  amount: string
  source?: FundSource
  note?: string
}

export interface CheckedSpending {
  good: GoodSpending[]
  bad: { row: WorkbookRow; problems: SpendingRowProblem[] }[]
}

const COLUMN_OF: Record<string, SpendingRowProblem['column']> = {
  sheet: '项目',
  date: '日期',
  amount: '金额（元）',
  source: '资金来源',
}

function matchSheet(text: string, sheets: readonly SpendingCandidate[]) {
  const key = normalizeTyped(text)
  if (key === '') return { ok: false as const, code: 'sheetRequired' as const }
  const found = sheets.filter((s) => s.id === text || normalizeTyped(s.name) === key)
  if (found.length === 1) return { ok: true as const, sheet: found[0]! }
  return {
    ok: false as const,
    code: found.length > 1 ? ('sheetAmbiguous' as const) : ('sheetUnknown' as const),
  }
}

/** The label or the code ("carryover"); empty is 当年财政拨款, anything else a problem. */
export function readFundSource(text: string): FundSource | null | undefined {
  const key = normalizeTyped(text)
  if (key === '') return undefined
  for (const [source, label] of Object.entries(FUND_SOURCE_LABELS) as [FundSource, string][])
    if (key === source || key === normalizeTyped(label)) return source
  return null
}

export function checkSpendingRows(
  rows: readonly WorkbookRow[],
  sheets: readonly SpendingCandidate[],
  year: number,
  today: string,
): CheckedSpending {
  const good: GoodSpending[] = []
  const bad: CheckedSpending['bad'] = []
  const keyOf = rowKeys()
  for (const r of rows) {
    const [sheetText = '', dateText = '', amountText = '', sourceText = '', note = ''] = r.cells.map((c) =>
      c.trim(),
    )
    const problems: EntryProblem[] = []
    const sheet = matchSheet(sheetText, sheets)
    if (!sheet.ok) problems.push({ field: 'sheet', code: sheet.code })
    else if (sheet.sheet.locked) problems.push({ field: 'sheet', code: 'locked' })
    const date = checkDate(looseDate(dateText), year, today)
    if (!date.ok) problems.push(date.problem)
    const amount = checkAmount(amountText, '元')
    if (!amount.ok) problems.push(amount.problem)
    const source = readFundSource(sourceText)
    if (source === null) problems.push({ field: 'source', code: 'sourceUnknown' })
    if (problems.length > 0 || !sheet.ok || !date.ok || !amount.ok) {
      bad.push({
        row: r,
        problems: placeProblems<SpendingRowProblem['column']>(problems, r.row, COLUMN_OF, '项目'),
      })
      continue
    }
    // The leading "支出" keeps a spending row's key apart from an entry row with the same cells.
    good.push({
      id: keyOf(['支出', sheet.sheet.id, date.date, amount.amount, source ?? 'fiscal', note]),
      row: r.row,
      sheetId: sheet.sheet.id,
      date: date.date,
      amount: amount.amount,
      ...(source ? { source } : {}),
      ...(note ? { note } : {}),
    })
  }
  return { good, bad }
}
