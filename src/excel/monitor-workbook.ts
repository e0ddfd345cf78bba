// 绩效监控表 as an .xlsx file in the official layout (docs/domain.md §4): one worksheet per target
// sheet, A4 landscape, header rows repeated on every printed page. ExcelJS is loaded on demand.
import type { MonitorForm, MonitorRow } from '@/domain/monitoring'
import { FLAG_TEXT_ZH, LIGHT_REMARK_ZH } from '@/domain/wording'
import { DEVIATION_CAUSES, LIKELIHOODS } from '@/domain/vocabulary'
import type { Borders, Worksheet } from 'exceljs'
import { a4Landscape } from './a4-landscape'
import { DRAFT_MARK, MONEY_FORMAT, PAGE_FOOTER, signatureRow } from './official-form'
import { wrappedRowHeight } from './row-height'
import { safeSheetName } from './sheet-name'

export interface MonitorWorkbookInput {
  unitName: string
  forms: readonly MonitorForm[]
  /** Sheets whose status is locked: every other form is printed with the draft mark. */
  lockedSheetIds?: ReadonlySet<string>
}

/** The form's 偏差原因 and 完成目标可能性 columns, in the domain's order. */
export const CAUSE_COLUMNS = DEVIATION_CAUSES
export const LIKELIHOOD_COLUMNS = LIKELIHOODS
/** Column count: 6 figures + 5 causes + 3 likelihoods + 备注. */
const WIDTH = 15
/** First row of the indicator table's two header rows (rows 1–5 hold title and budget). */
export const TABLE_HEADER_ROW = 7
export const FIRST_INDICATOR_ROW = TABLE_HEADER_ROW + 2

const TITLE: Record<MonitorForm['kind'], string> = {
  department: '部门整体绩效目标执行监控表',
  project: '项目支出绩效目标执行监控表',
}
const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}

/** 备注: the light and the engine's remarks, so the printed form says why a line stands out. */
export function remarkOf(row: Pick<MonitorRow, 'light' | 'flags'>): string {
  return [LIGHT_REMARK_ZH[row.light], ...row.flags.map((f) => FLAG_TEXT_ZH[f])].filter(Boolean).join('；')
}

function sheetTitle(form: MonitorForm, index: number, used: Set<string>): string {
  const kind = form.kind === 'department' ? '部门整体' : '项目支出'
  return safeSheetName(`${index + 1} ${kind} ${form.sheetName}`, used)
}

function money(text: string): number {
  return Number(text)
}

function mergeRuns(ws: Worksheet, column: number, values: readonly string[]) {
  let start = 0
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start]) continue
    if (i - start > 1) ws.mergeCells(FIRST_INDICATOR_ROW + start, column, FIRST_INDICATOR_ROW + i - 1, column)
    start = i
  }
}

function writeForm(ws: Worksheet, unitName: string, form: MonitorForm, locked: boolean) {
  const m = form.month
  const period = m === 1 ? '1月' : `1–${m}月`
  const [, mm, dd] = form.asOf.split('-')

  ws.mergeCells(1, 1, 1, WIDTH)
  ws.getCell(1, 1).value = `${form.year}年度${TITLE[form.kind]}`
  ws.getCell(1, 1).font = { size: 16, bold: true }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  ws.mergeCells(2, 1, 2, WIDTH)
  ws.getCell(2, 1).value = `（截至${form.year}年${Number(mm)}月${Number(dd)}日）`
  ws.getCell(2, 1).alignment = { horizontal: 'center' }

  ws.getCell(3, 1).value = '单位名称'
  ws.mergeCells(3, 2, 3, 6)
  ws.getCell(3, 2).value = unitName
  ws.getCell(3, 7).value = form.kind === 'project' ? '项目名称' : '目标表'
  ws.mergeCells(3, 8, 3, WIDTH)
  ws.getCell(3, 8).value = form.sheetName

  const budgetHeads = [
    '预算执行情况（万元）',
    '年初预算数',
    '全年预算数',
    `${period}执行数`,
    `${period}执行率（%）`,
    '序时进度（%）',
    '全年预计执行数',
    '监控灯',
  ]
  budgetHeads.forEach((text, i) => (ws.getCell(4, i + 1).value = text))
  const b = form.budget
  ws.getCell(5, 1).value = '预算资金'
  const figures = [
    money(b.initial),
    money(b.adjusted),
    money(b.executed),
    money(b.rate),
    money(b.timeProgress),
    money(b.projectedExecuted),
  ]
  figures.forEach((value, i) => {
    const cell = ws.getCell(5, i + 2)
    cell.value = value
    cell.numFmt = i < 3 || i === 5 ? MONEY_FORMAT : '0.00'
  })
  ws.getCell(5, 8).value = LIGHT_REMARK_ZH[b.light]
  for (let r = 3; r <= 5; r++) for (let c = 1; c <= (r === 3 ? WIDTH : 8); c++) ws.getCell(r, c).border = THIN

  const h = TABLE_HEADER_ROW
  const single = ['一级指标', '二级指标', '三级指标', '全年指标值', `${period}执行情况`, '全年预计完成情况']
  single.forEach((text, i) => {
    ws.mergeCells(h, i + 1, h + 1, i + 1)
    ws.getCell(h, i + 1).value = text
  })
  ws.mergeCells(h, 7, h, 11)
  ws.getCell(h, 7).value = '偏差原因分析'
  CAUSE_COLUMNS.forEach((text, i) => (ws.getCell(h + 1, 7 + i).value = text))
  ws.mergeCells(h, 12, h, 14)
  ws.getCell(h, 12).value = '完成目标可能性'
  LIKELIHOOD_COLUMNS.forEach((text, i) => (ws.getCell(h + 1, 12 + i).value = text))
  ws.mergeCells(h, 15, h + 1, 15)
  ws.getCell(h, 15).value = '备注'

  form.rows.forEach((row, i) => {
    const r = FIRST_INDICATOR_ROW + i
    const cells: (string | null)[] = [
      row.level1,
      row.level2,
      row.name,
      row.target,
      row.executed === null ? '' : row.executed,
      row.projected === null ? '' : row.projected,
    ]
    cells.forEach((value, c) => (ws.getCell(r, c + 1).value = value))
    // The reason is written under its class, as the official form has it; a tick marks the likelihood.
    if (row.cause) ws.getCell(r, 7 + CAUSE_COLUMNS.indexOf(row.cause)).value = row.causeText || '√'
    if (row.likelihood) ws.getCell(r, 12 + LIKELIHOOD_COLUMNS.indexOf(row.likelihood)).value = '√'
    ws.getCell(r, 15).value = remarkOf(row)
  })
  mergeRuns(
    ws,
    1,
    form.rows.map((r) => r.level1),
  )
  mergeRuns(
    ws,
    2,
    form.rows.map((r) => `${r.level1}\u0000${r.level2}`),
  )

  const last = FIRST_INDICATOR_ROW + form.rows.length - 1
  for (let r = h; r <= last; r++) {
    for (let c = 1; c <= WIDTH; c++) {
      const cell = ws.getCell(r, c)
      cell.border = THIN
      cell.alignment = {
        vertical: 'middle',
        horizontal: r < FIRST_INDICATOR_ROW ? 'center' : undefined,
        wrapText: true,
      }
    }
  }
  for (const r of [4, h, h + 1]) ws.getRow(r).font = { bold: true }
  const widths = [10, 12, 26, 12, 12, 12, 14, 12, 12, 12, 12, 8, 8, 10, 22]
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  // Long names overlapped the next row in LibreOffice (row-height.ts); the budget heads wrap as well.
  for (let c = 1; c <= 8; c++)
    ws.getCell(4, c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  ws.getRow(4).height = 30
  ws.getRow(h).height = 20
  ws.getRow(h + 1).height = 30
  form.rows.forEach((row, i) => {
    const texts = [row.level1, row.level2, row.name, row.target, remarkOf(row)]
    const columns = [0, 1, 2, 3, 14]
    ws.getRow(FIRST_INDICATOR_ROW + i).height = Math.max(
      ...texts.map((text, k) => wrappedRowHeight(text, widths[columns[k]!]!)),
    )
  })
  signatureRow(ws, last + 2, WIDTH)
  // One font for the whole printed form, as the self-assessment workbook has it.
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => (cell.font = { ...cell.font, name: 'SimSun' })),
  )
  ws.pageSetup = a4Landscape(`${h}:${h + 1}`)
  ws.headerFooter = { ...(locked ? {} : { oddHeader: DRAFT_MARK }), oddFooter: PAGE_FOOTER }
}

/** The workbook's bytes. */
export async function monitorWorkbook(input: MonitorWorkbookInput): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '绩效台账'
  const used = new Set<string>()
  input.forms.forEach((form, i) =>
    writeForm(
      workbook.addWorksheet(sheetTitle(form, i, used)),
      input.unitName,
      form,
      input.lockedSheetIds?.has(form.sheetId) ?? false,
    ),
  )
  const buffer = await workbook.xlsx.writeBuffer()
  return buffer as unknown as ArrayBuffer
}
