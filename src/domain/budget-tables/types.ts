// The budget tables (表1–表11) of a 部门预算公开 document, as read from its text.
import type { DecimalString } from '../types'

/** Where something stands in the text: 1-based line, and the page (a PDF extraction starts each page with a space). */
export interface Place {
  line: number
  page: number
}

export interface BudgetRow extends Place {
  /** Functional or economic class code as printed, spaces normalised: "208", "208 05", "208 05 01"; null for 总计 and named rows. */
  code: string | null
  label: string
  /** The amounts printed on the row, in 万元, left to right. Empty cells leave no trace in the text. */
  values: DecimalString[]
  /** Two-sided tables (表1, 表4) print income on the left and spending on the right of one line. */
  side?: 'income' | 'expense'
  /** A 总计/合计 row (or 收入总计 / 支出总计). */
  total: boolean
}

export interface BudgetTable extends Place {
  /** 1–11 */
  number: number
  title: string
  /** The document says in words that the table is empty (…为空表). */
  declaredEmpty: boolean
  rows: BudgetRow[]
}

export interface BudgetDisclosure {
  tables: BudgetTable[]
}
