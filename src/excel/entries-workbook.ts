// The 进度填报 workbook: a template to fill in (the unit-year's indicators as a pick list, and a
// 支出 sheet with the projects and fund sources to pick from), its reading back to rows of cell
// text, and the failed rows as a workbook of the same layout with each row's problems beside it,
// to fix and import again. ExcelJS is loaded on demand.
import { ENTRY_COLUMNS, type WorkbookRow } from '@/domain/entry/workbook-entries'
import { FUND_SOURCE_LABELS, SPENDING_COLUMNS } from '@/domain/entry/workbook-spending'
import { spreadsheetSafeText } from '@/domain/spreadsheet-safe'
import { a4Landscape } from './a4-landscape'
import { wrappedRowHeight } from './row-height'
import type { Workbook, Worksheet } from 'exceljs'

export const ENTRY_SHEET = '进度填报'
export const SPENDING_SHEET = '支出'
const LIST_SHEET = '指标清单'
/** Rows the pick lists and the text cells cover in the template. */
const TEMPLATE_ROWS = 1000

export interface FailedRow {
  cells: string[]
  problems: string
}

async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs')
  return new ExcelJS.Workbook()
}

/** The hidden sheet the pick lists read: indicators in A, projects in B, fund sources in C. */
function listSheet(wb: Workbook, columns: readonly (readonly string[])[]) {
  const list = wb.addWorksheet(LIST_SHEET, { state: 'hidden' })
  columns.forEach((values, c) =>
    values.forEach((v, r) => (list.getCell(r + 1, c + 1).value = spreadsheetSafeText(v))),
  )
}

function pickList(ws: Worksheet, column: number, listColumn: string, length: number, title: string) {
  const formula = `'${LIST_SHEET}'!$${listColumn}$1:$${listColumn}$${Math.max(1, length)}`
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++)
    ws.getCell(r, column).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: title,
      error: `请从下拉列表中选择${title}。`,
    }
}

function dataSheet(
  wb: Workbook,
  name: string,
  headers: readonly string[],
  widths: number[],
  extra: string[],
) {
  // Printed (a filled sheet handed round for checking): one page wide, the header on every page.
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: a4Landscape('1:1') })
  ws.columns = [...widths, ...extra.map(() => 50)].map((width) => ({ width }))
  ws.addRow([...headers, ...extra]).font = { bold: true }
  // 问题 can be long: wrapped in its column rather than running over the page's edge.
  extra.forEach(
    (_, i) => (ws.getColumn(headers.length + i + 1).alignment = { wrapText: true, vertical: 'top' }),
  )
  // Dates as text: a typed 2025-03-01 stays what was typed, not a serial number in another format.
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) ws.getCell(r, 2).numFmt = '@'
  return ws
}

function layout(
  wb: Workbook,
  indicatorNames: readonly string[],
  sheetNames: readonly string[],
  extra: string[],
) {
  const sources = Object.values(FUND_SOURCE_LABELS)
  const entries = dataSheet(wb, ENTRY_SHEET, ENTRY_COLUMNS, [40, 14, 12, 30, 12], extra)
  pickList(entries, 1, 'A', indicatorNames.length, '指标')
  const spending = dataSheet(wb, SPENDING_SHEET, SPENDING_COLUMNS, [32, 14, 16, 18, 30], extra)
  pickList(spending, 1, 'B', sheetNames.length, '项目')
  pickList(spending, 4, 'C', sources.length, '资金来源')
  listSheet(wb, [indicatorNames, sheetNames, sources])
  return { entries, spending }
}

/** The template: the indicator names (and project names for 支出) to pick from. */
export async function entriesTemplate(
  indicatorNames: readonly string[],
  sheetNames: readonly string[] = [],
): Promise<ArrayBuffer> {
  const wb = await newWorkbook()
  layout(wb, indicatorNames, sheetNames, [])
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] }
    if (v.richText) return v.richText.map((t) => t.text).join('')
    if (v.text !== undefined) return String(v.text)
    if (v.result !== undefined) return String(v.result)
  }
  return String(value)
}

function rowsOf(ws: Worksheet | undefined, width: number): WorkbookRow[] {
  if (!ws) return []
  const rows: WorkbookRow[] = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim())
    if (cells.some((c) => c !== '')) rows.push({ row: n, cells })
  })
  return rows
}

/** Every non-empty row of the entry sheet below its header, as cell text. */
export async function readEntriesWorkbook(bytes: ArrayBuffer): Promise<WorkbookRow[]> {
  return (await readEntriesFile(bytes)).entries
}

/** Both sheets' rows; a workbook without the named sheets is read from its first sheet as entries. */
export async function readEntriesFile(
  bytes: ArrayBuffer,
): Promise<{ entries: WorkbookRow[]; spending: WorkbookRow[] }> {
  const wb = await newWorkbook()
  await wb.xlsx.load(bytes)
  return {
    entries: rowsOf(wb.getWorksheet(ENTRY_SHEET) ?? wb.worksheets[0], ENTRY_COLUMNS.length),
    spending: rowsOf(wb.getWorksheet(SPENDING_SHEET), SPENDING_COLUMNS.length),
  }
}

/** The failed rows in the template's layout, with 问题 (what is wrong, by column) beside each. */
export async function failedRowsWorkbook(
  indicatorNames: readonly string[],
  failed: readonly FailedRow[],
  failedSpending: readonly FailedRow[] = [],
  sheetNames: readonly string[] = [],
): Promise<ArrayBuffer> {
  const wb = await newWorkbook()
  const { entries, spending } = layout(wb, indicatorNames, sheetNames, ['问题'])
  // By row number: the template's checked cells already make rows 2… exist, addRow would go below them.
  const put = (ws: Worksheet, rows: readonly FailedRow[]) =>
    rows.forEach((f, i) => {
      const row = ws.getRow(i + 2)
      row.values = [...f.cells, f.problems].map(spreadsheetSafeText)
      row.height = wrappedRowHeight(f.problems, 50)
      // Top-aligned, so that a row's cells stay level with the first line of its wrapped 问题.
      row.eachCell((cell) => (cell.alignment = { ...cell.alignment, vertical: 'top' }))
    })
  put(entries, failed)
  put(spending, failedSpending)
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer
}
