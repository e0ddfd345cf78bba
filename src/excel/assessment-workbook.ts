// The self-assessment form as an .xlsx workbook in the official layout: merged cells, thin borders,
// number formats, column widths, print area, A4 landscape fitted to the page width, the indicator
// header repeated on every printed page. One worksheet per form. ExcelJS is loaded on demand.
import type { AssessmentForm, FormIndicatorRow } from '@/domain/assessment'
import { finerRounding, type Rounding } from '@/domain/decimal'
import { OVERRIDE_REMARK_ZH, overrideRemarkZh } from '@/domain/wording'
import type { Borders, Cell, Worksheet } from 'exceljs'
import { a4Landscape } from './a4-landscape'
import { DRAFT_MARK, MONEY_FORMAT, PAGE_FOOTER, signatureRow } from './official-form'
import { safeSheetName } from './sheet-name'
import {
  COLUMN_WIDTHS,
  FUNDS_LABEL,
  FUNDS_ROW_LABEL,
  INDICATOR_HEADERS,
  LAST_COLUMN,
  NAME_LABEL,
  OWNER_LABEL,
  TITLE,
} from './assessment-layout'

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}
const FONT = 'SimSun'
const MONEY = MONEY_FORMAT
const RATE = '0.00"%"'
const DASH = '—'

type Value = string | number | null

/** A figure as a number cell (exact decimal strings of ≤ 15 digits survive the trip), or a dash. */
function figure(value: string | null): Value {
  return value === null ? DASH : Number(value)
}

/** Text goes in as a shared-string cell: xlsx never runs it as a formula, so no guard apostrophe. */
function text(value: string): string {
  return value
}

/**
 * A published 指标值 such as "=100%": the full-width sign the published tables already use for "＞="
 * reads the same and stays text even when someone edits the cell in Excel/WPS.
 */
function targetText(value: string): string {
  return value.startsWith('=') ? `＝${value.slice(1)}` : value
}

/**
 * Row height for wrapped text: about one line per `width` characters (CJK counts 2). Column widths
 * count characters of the default 11-point font; the 10-point text fits about a quarter more.
 */
function heightFor(value: string, columnWidth: number, min = 20): number {
  const width = columnWidth * 1.25
  let units = 0
  let lines = 1
  for (const ch of value) {
    if (ch === '\n') {
      lines++
      units = 0
      continue
    }
    units += ch.charCodeAt(0) > 0xff ? 2 : 1
    if (units > width) {
      lines++
      units = ch.charCodeAt(0) > 0xff ? 2 : 1
    }
  }
  return Math.max(min, lines * 14 + 6)
}

function widthOf(from: number, to: number): number {
  let w = 0
  for (let c = from; c <= to; c++) w += COLUMN_WIDTHS[c - 1]!
  return w - 1
}

function scoreFormatOf(rounding: Rounding): string {
  return rounding === 'whole' ? '0' : '0.00'
}

class FormWriter {
  row = 1
  constructor(
    private readonly ws: Worksheet,
    private readonly scoreFormat: string,
  ) {}

  cell(row: number, col: number): Cell {
    return this.ws.getCell(row, col)
  }

  /** Writes `value` into columns from..to of `row` (merged when wider than one), bordered. */
  put(
    row: number,
    from: number,
    to: number,
    value: Value,
    opts: { numFmt?: string; bold?: boolean; align?: 'left' | 'center' | 'right' } = {},
  ): Cell {
    if (to > from) this.ws.mergeCells(row, from, row, to)
    const cell = this.cell(row, from)
    cell.value = value
    cell.font = { name: FONT, size: 10, bold: opts.bold ?? false }
    cell.alignment = {
      vertical: 'middle',
      horizontal: opts.align ?? 'center',
      wrapText: true,
      ...(opts.align === 'left' ? { indent: 1 } : {}),
    }
    if (opts.numFmt && typeof value === 'number') cell.numFmt = opts.numFmt
    for (let c = from; c <= to; c++) this.cell(row, c).border = THIN
    return cell
  }

  /** A label merged down rows first..last of one column. */
  sideLabel(first: number, last: number, col: number, value: string) {
    if (last > first) this.ws.mergeCells(first, col, last, col)
    const cell = this.cell(first, col)
    cell.value = value
    cell.font = { name: FONT, size: 10, bold: true }
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    for (let r = first; r <= last; r++) this.cell(r, col).border = THIN
  }

  height(row: number, value: number) {
    this.ws.getRow(row).height = value
  }

  title(form: AssessmentForm) {
    this.ws.mergeCells(1, 1, 1, 10)
    const title = this.cell(1, 1)
    title.value = TITLE[form.kind]
    title.font = { name: FONT, size: 18, bold: true }
    title.alignment = { horizontal: 'center', vertical: 'middle' }
    this.height(1, 32)
    this.ws.mergeCells(2, 1, 2, 10)
    const year = this.cell(2, 1)
    year.value = `（${form.year}年度）`
    year.font = { name: FONT, size: 11 }
    year.alignment = { horizontal: 'center', vertical: 'middle' }
    this.height(2, 20)
    this.row = 3
  }

  header(form: AssessmentForm) {
    const h = form.header
    const r = this.row
    this.put(r, 1, 2, NAME_LABEL[form.kind], { bold: true })
    this.put(r, 3, 10, text(h.name), { align: 'left' })
    this.put(r + 1, 1, 2, '主管部门', { bold: true })
    this.put(r + 1, 3, 6, text(h.department), { align: 'left' })
    this.put(r + 1, 7, 8, '实施单位', { bold: true })
    this.put(r + 1, 9, 10, text(h.implementer), { align: 'left' })
    this.put(r + 2, 1, 2, OWNER_LABEL[form.kind], { bold: true })
    this.put(r + 2, 3, 6, text(h.owner), { align: 'left' })
    this.put(r + 2, 7, 8, '联系电话', { bold: true })
    this.put(r + 2, 9, 10, text(h.contact), { align: 'left' })
    for (let i = 0; i < 3; i++) this.height(r + i, 22)
    this.row = r + 3
  }

  funds(form: AssessmentForm) {
    const first = this.row
    this.put(first, 2, 3, '', { bold: true })
    ;['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((label, i) =>
      this.put(first, 4 + i, i === 5 ? 10 : 4 + i, label, { bold: true }),
    )
    // 得分 spans I:J
    this.height(first, 22)
    form.funds.forEach((f, i) => {
      const r = first + 1 + i
      this.put(r, 2, 3, FUNDS_ROW_LABEL[f.key], { align: 'left', bold: f.key === 'total' })
      this.put(r, 4, 4, figure(f.initial), { numFmt: MONEY })
      this.put(r, 5, 5, figure(f.adjusted), { numFmt: MONEY })
      this.put(r, 6, 6, figure(f.executed), { numFmt: MONEY })
      const weight = this.put(r, 7, 7, f.key === 'total' ? figure(f.weight) : DASH, { numFmt: 'General' })
      if (f.publishedWeight !== null) weight.note = `原分值 ${f.publishedWeight}，按不适用指标调整`
      this.put(r, 8, 8, figure(f.rate), { numFmt: RATE })
      this.put(r, 9, 10, f.key === 'total' ? figure(f.score) : DASH, {
        numFmt: scoreFormatOf(form.budgetRounding),
      })
      this.height(r, 20)
    })
    const last = first + form.funds.length
    this.sideLabel(first, last, 1, FUNDS_LABEL[form.kind])
    this.row = last + 1
  }

  goals(form: AssessmentForm) {
    const first = this.row
    this.put(first, 2, 6, '预期目标', { bold: true })
    this.put(first, 7, 10, '实际完成情况', { bold: true })
    this.height(first, 22)
    form.goals.forEach((g, i) => {
      const r = first + 1 + i
      this.put(r, 2, 6, text(g.expected), { align: 'left' })
      this.put(r, 7, 10, text(g.actual), { align: 'left' })
      this.height(r, Math.max(heightFor(g.expected, widthOf(2, 6)), heightFor(g.actual, widthOf(7, 10))))
    })
    const last = first + Math.max(1, form.goals.length)
    this.sideLabel(first, last, 1, '年度总体目标')
    this.row = last + 1
  }

  /** Returns the row of the indicator table's header (repeated on every printed page). */
  indicators(form: AssessmentForm): number {
    const head = this.row
    INDICATOR_HEADERS.forEach((label, i) =>
      this.put(head, 2 + i, i === INDICATOR_HEADERS.length - 1 ? 10 : 2 + i, label, { bold: true }),
    )
    this.height(head, 24)
    const rows = form.indicators
    rows.forEach((row, i) => {
      const r = head + 1 + i
      const remark = remarkOf(row)
      this.put(r, 2, 2, text(row.level1))
      this.put(r, 3, 3, text(row.level2))
      this.put(r, 4, 4, text(row.name), { align: 'left' })
      this.put(r, 5, 5, targetText(row.targetText))
      this.put(r, 6, 6, row.notApplicableReason !== null ? '不适用' : text(row.actualText ?? DASH))
      // A dropped row carries no 分值 (the column adds up to the total's maximum); the published
      // one stays readable in the remark, and a rescaled one in the cell's note.
      const weight = this.put(r, 7, 7, row.notApplicableReason !== null ? '不适用' : Number(row.weight), {
        numFmt: 'General',
      })
      if (row.rescaled) weight.note = `原分值 ${row.publishedWeightText}，按不适用指标调整`
      const score = this.put(r, 8, 8, figure(row.score), { numFmt: this.scoreFormat })
      if (row.overrideReason !== null) {
        score.note = `${OVERRIDE_REMARK_ZH}：原计算得分 ${row.computedScore ?? DASH}；理由：${row.overrideReason}`
      }
      this.put(r, 9, 10, text(remark), { align: 'left' })
      this.height(r, Math.max(heightFor(row.name, widthOf(4, 4)), heightFor(remark, widthOf(9, 10))))
    })
    // 一级/二级指标 merged over runs of equal values, as published.
    this.mergeRuns(head + 1, rows, (row) => row.level1, 2)
    this.mergeRuns(head + 1, rows, (row) => `${row.level1}\u0000${row.level2}`, 3)
    // The label sits in the header row (repeated on every printed page); below it one merged blank
    // cell, so that a page break never cuts the label in half.
    this.put(head, 1, 1, '绩效指标', { bold: true })
    if (rows.length) this.sideLabel(head + 1, head + rows.length, 1, '')
    this.row = head + rows.length + 1
    return head
  }

  private mergeRuns(
    firstRow: number,
    rows: readonly FormIndicatorRow[],
    key: (r: FormIndicatorRow) => string,
    col: number,
  ) {
    let start = 0
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && key(rows[i]!) === key(rows[start]!)) continue
      if (i - 1 > start) this.ws.mergeCells(firstRow + start, col, firstRow + i - 1, col)
      start = i
    }
  }

  total(form: AssessmentForm) {
    const r = this.row
    this.put(r, 1, 6, '总分', { bold: true })
    this.put(r, 7, 7, Number(form.max), { numFmt: 'General', bold: true })
    // A cent budget line beside whole indicators (or the reverse) leaves cents in the total.
    const totalFormat = scoreFormatOf(finerRounding(form.rounding, form.budgetRounding))
    this.put(r, 8, 8, Number(form.total), { numFmt: totalFormat, bold: true })
    this.put(r, 9, 9, '自评等级', { bold: true })
    this.put(r, 10, 10, form.grade, { bold: true })
    this.height(r, 24)
    this.row = r + 1
  }
}

/** The text of the 偏差原因分析及改进措施 cell: the reason, and any override or not-applicable mark. */
export function remarkOf(row: FormIndicatorRow): string {
  const parts: string[] = []
  if (row.notApplicableReason !== null)
    parts.push(`不适用：${row.notApplicableReason}（原分值 ${row.publishedWeightText}）`)
  if (row.deviation) parts.push(`${row.deviation.cause}：${row.deviation.text}`)
  if (row.overrideReason !== null) parts.push(overrideRemarkZh(row.computedScore ?? DASH, row.overrideReason))
  return parts.join('\n')
}

function worksheetName(form: AssessmentForm, used: Set<string>): string {
  return safeSheetName(TITLE[form.kind], used)
}

function writeForm(ws: Worksheet, form: AssessmentForm, scoreFormat: string) {
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  const writer = new FormWriter(ws, scoreFormat)
  writer.title(form)
  writer.header(form)
  writer.funds(form)
  writer.goals(form)
  const head = writer.indicators(form)
  writer.total(form)
  signatureRow(ws, writer.row + 1, 10)
  const last = writer.row + 1
  ws.pageSetup = a4Landscape(`${head}:${head}`, `A1:${LAST_COLUMN}${last}`)
  ws.headerFooter = {
    oddFooter: PAGE_FOOTER,
    ...(form.status === 'locked' ? {} : { oddHeader: DRAFT_MARK }),
  }
}

/** The workbook's bytes: one worksheet per form, in the given order. */
export async function assessmentWorkbook(forms: readonly AssessmentForm[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Perf Ledger 绩效台账'
  const used = new Set<string>()
  for (const form of forms) {
    writeForm(workbook.addWorksheet(worksheetName(form, used)), form, scoreFormatOf(form.rounding))
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return buffer as ArrayBuffer
}

/** A file name such as "2025年预算工会经费-绩效自评表.xlsx" (characters file systems refuse are replaced). */
export function assessmentFileName(form: AssessmentForm): string {
  return `${form.header.name}-绩效自评表.xlsx`.replace(/[\\/:*?"<>|]/g, '_')
}
