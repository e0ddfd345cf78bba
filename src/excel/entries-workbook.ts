// The 进度填报 workbook: a template to fill in (the unit-year's indicators as a pick list), its
// reading back to rows of cell text, and the failed rows as a workbook of the same layout with
// each row's problems beside it, to fix and import again. ExcelJS is loaded on demand.
import { ENTRY_COLUMNS, type WorkbookRow } from '@/domain/entry/workbook-entries'
import { spreadsheetSafeText } from '@/domain/spreadsheet-safe'
import type { Workbook } from 'exceljs'

export const ENTRY_SHEET = '进度填报'
const LIST_SHEET = '指标清单'
/** Rows the pick list and the date/number checks cover in the template. */
const TEMPLATE_ROWS = 1000

async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs')
  return new ExcelJS.Workbook()
}

function entrySheet(wb: Workbook, indicatorNames: readonly string[], extra: string[] = []) {
  const ws = wb.addWorksheet(ENTRY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = [40, 14, 12, 30, 12, ...extra.map(() => 50)].map((width) => ({ width }))
  ws.addRow([...ENTRY_COLUMNS, ...extra]).font = { bold: true }
  const list = wb.addWorksheet(LIST_SHEET, { state: 'hidden' })
  indicatorNames.forEach((name, i) => (list.getCell(i + 1, 1).value = spreadsheetSafeText(name)))
  const last = Math.max(1, indicatorNames.length)
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
    ws.getCell(r, 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LIST_SHEET}'!$A$1:$A$${last}`],
      showErrorMessage: true,
      errorTitle: '指标',
      error: '请从下拉列表中选择指标。',
    }
    ws.getCell(r, 2).numFmt = '@'
  }
  return ws
}

/** The template: the indicator names to pick from, and the five columns. */
export async function entriesTemplate(indicatorNames: readonly string[]): Promise<ArrayBuffer> {
  const wb = await newWorkbook()
  entrySheet(wb, indicatorNames)
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

/** Every non-empty row of the entry sheet below its header, as cell text. */
export async function readEntriesWorkbook(bytes: ArrayBuffer): Promise<WorkbookRow[]> {
  const wb = await newWorkbook()
  await wb.xlsx.load(bytes)
  const ws = wb.getWorksheet(ENTRY_SHEET) ?? wb.worksheets[0]
  if (!ws) return []
  const rows: WorkbookRow[] = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const cells = ENTRY_COLUMNS.map((_, i) => cellText(row.getCell(i + 1).value).trim())
    if (cells.some((c) => c !== '')) rows.push({ row: n, cells })
  })
  return rows
}

/** The failed rows in the template's layout, with 问题 (what is wrong, by column) beside each. */
export async function failedRowsWorkbook(
  indicatorNames: readonly string[],
  failed: readonly { cells: string[]; problems: string }[],
): Promise<ArrayBuffer> {
  const wb = await newWorkbook()
  const ws = entrySheet(wb, indicatorNames, ['问题'])
  // By row number: the template's checked cells already make rows 2… exist, addRow would go below them.
  failed.forEach((f, i) => (ws.getRow(i + 2).values = [...f.cells, f.problems].map(spreadsheetSafeText)))
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer
}
