// Reads 表1–表11 out of a pasted or opened 部门预算公开 text. The text is a PDF extraction: one table
// row per line as a rule, the amounts at its end, but long names break over lines ("机关事业单位基本养老保险缴"
// / "费支出" / "28.98 28.98 28.98") and empty cells vanish, so only the order of the amounts survives.
import type { BudgetDisclosure, BudgetRow, BudgetTable } from './types'

const TABLE_START = /^表\s*(\d{1,2})$/
const PART_START = /^第[一二三四五六七八九十]+部分/
const AMOUNT = /^-?\d+\.\d{2}$/
/** 类 (3 digits), 款 and 项 (2 digits each), separated by spaces. */
const CODE = /^(\d{3})(?:\s+(\d{2}))?(?:\s+(\d{2}))?(?=\s|$)/
/** Where the spending half of a two-sided line starts: a functional class code, or 支出总计. */
const EXPENSE_HALF = /(?:^|\s)(2\d{2}\s+\D.*|支\s*出\s*总\s*计.*)$/
const TOTAL_LABEL = /^(总\s*计|合\s*计|收\s*入\s*总\s*计|支\s*出\s*总\s*计)$/
const TWO_SIDED = new Set([1, 4])

interface Line {
  text: string
  line: number
  page: number
}

export function readBudgetTables(text: string): BudgetDisclosure {
  const lines = numberLines(text)
  const tables: BudgetTable[] = []
  let current: { table: BudgetTable; body: Line[] } | null = null
  const close = () => {
    if (current) tables.push({ ...current.table, rows: readRows(current.table.number, current.body) })
    current = null
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    const start = TABLE_START.exec(l.text)
    if (start) {
      close()
      const number = Number(start[1])
      if (number < 1 || number > 11) continue
      const title = lines[i + 1]?.text ?? ''
      current = {
        table: { number, title, declaredEmpty: false, rows: [], line: l.line, page: l.page },
        body: [],
      }
      i++
      continue
    }
    if (PART_START.test(l.text)) {
      close()
      continue
    }
    if (current) {
      current.body.push(l)
      if (l.text.includes('为空表')) current.table.declaredEmpty = true
    }
  }
  close()
  return { tables }
}

function numberLines(text: string): Line[] {
  const out: Line[] = []
  let page = 1
  text.split(/\r?\n/).forEach((raw, i) => {
    // A page of the extraction begins with a space (or a form feed); the first line is page 1 already.
    if (i > 0 && /^[\s\f]/.test(raw) && raw.trim() !== '') page++
    const t = raw.replace(/[\f\u3000]/g, ' ').trim()
    if (t !== '') out.push({ text: t.replace(/\s+/g, ' '), line: i + 1, page })
  })
  return out
}

function readRows(table: number, body: Line[]): BudgetRow[] {
  const rows: BudgetRow[] = []
  let pending: { first: Line; label: string; rest: string } | null = null
  for (const l of body) {
    if (TWO_SIDED.has(table)) {
      rows.push(...twoSidedRows(l))
      continue
    }
    const tokens = l.text.split(' ')
    if (tokens.every((t) => AMOUNT.test(t))) {
      // The amounts of a row whose name broke over the lines before.
      if (pending) rows.push(makeRow(pending.first, `${pending.label} ${pending.rest}`, tokens))
      pending = null
      continue
    }
    const { label, values } = splitAmounts(l.text)
    if (values.length > 0) {
      pending = null
      rows.push(makeRow(l, label, values))
    } else if (CODE.test(l.text)) {
      pending = { first: l, label: l.text, rest: '' }
    } else if (pending) {
      // The name's broken pieces join without a space: "…保险缴" + "费支出".
      pending.rest += l.text
    }
  }
  return rows.filter((r) => r.code !== null || r.total || r.values.length > 0)
}

function splitAmounts(text: string): { label: string; values: string[] } {
  const tokens = text.split(' ')
  let k = tokens.length
  while (k > 0 && AMOUNT.test(tokens[k - 1]!)) k--
  return { label: tokens.slice(0, k).join(' '), values: tokens.slice(k) }
}

function makeRow(place: Line, text: string, values: string[], side?: BudgetRow['side']): BudgetRow {
  const code = CODE.exec(text)
  const label = (code ? text.slice(code[0].length) : text).trim()
  return {
    code: code ? [code[1], code[2], code[3]].filter(Boolean).join(' ') : null,
    label,
    values,
    ...(side && { side }),
    total: TOTAL_LABEL.test(label),
    line: place.line,
    page: place.page,
  }
}

/** 表1 and 表4: "一、本年收入 411.81 201 一般公共服务支出 315.63" is two rows, one per side. */
function twoSidedRows(l: Line): BudgetRow[] {
  const split = EXPENSE_HALF.exec(l.text)
  const income = split ? l.text.slice(0, split.index).trim() : l.text
  const rows: BudgetRow[] = []
  if (income !== '') {
    const { label, values } = splitAmounts(income)
    // Header words ("项目 预算数", "收入 支出") carry no amount and are no rows.
    if (values.length > 0 || /^[一二三四五六七八九十]+、|^\d+\./.test(label))
      rows.push(makeRow(l, label, values, 'income'))
  }
  if (split) {
    const { label, values } = splitAmounts(split[1]!.trim())
    rows.push(makeRow(l, label, values, 'expense'))
  }
  return rows
}
