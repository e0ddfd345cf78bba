// 绩效目标表 as an .xlsx workbook in the official layout: merged title and header cells, thin
// borders, fixed widths, 宋体, one worksheet per sheet. readTargetsWorkbook reads it back unchanged.
// ExcelJS is loaded on demand.
import type { Indicator, Sheet } from '@/domain/types'
import type { Borders, Cell, Workbook, Worksheet } from 'exceljs'
import { wrappedRowHeight } from './row-height'
import {
  COLUMN_COUNT,
  FONT_NAME,
  INDICATOR_COLUMNS,
  LABELS,
  MEASURE_TEXT,
  moneyDetailText,
  planText,
  scoringText,
  TITLE,
  worksheetName,
} from './targets-layout'

export interface TargetsWorkbookInput {
  unitName: string
  sheets: readonly Sheet[]
}

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}
/** Characters that fit on one line of the merged value cells C–K. */
const VALUE_WIDTH = INDICATOR_COLUMNS.slice(2).reduce((n, c) => n + c.width, 0)

/**
 * User text as it was typed, in a string cell: xlsx keeps a string cell's text as text (a formula is
 * a cell of its own kind), so no guard apostrophe shows in Excel/WPS. CSV/TSV text would need it.
 */
const safe = (text: string | undefined) => text ?? ''

export async function writeTargetsWorkbook(input: TargetsWorkbookInput): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  fillTargetsWorkbook(workbook, input)
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}

/** Adds one worksheet per sheet; the template uses it with empty sheets. */
export function fillTargetsWorkbook(workbook: Workbook, input: TargetsWorkbookInput, blankRows = 0): void {
  workbook.creator = '绩效台账'
  const used = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()))
  input.sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(worksheetName(sheet, i, used), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    })
    writeSheet(ws, input.unitName, sheet, blankRows)
  })
}

function writeSheet(ws: Worksheet, unitName: string, sheet: Sheet, blankRows: number): void {
  ws.columns = INDICATOR_COLUMNS.map((c) => ({ width: c.width }))
  let r = 1
  const whole = (row: number, value: string, size: number, bold: boolean) => {
    ws.mergeCells(row, 1, row, COLUMN_COUNT)
    const cell = ws.getCell(row, 1)
    cell.value = value
    cell.font = { name: FONT_NAME, size, bold }
    cell.alignment = { horizontal: 'center', vertical: 'middle' }
  }
  whole(r++, TITLE[sheet.kind], 16, true)
  ws.getRow(1).height = 28
  whole(r++, sheet.year ? `（${sheet.year}年）` : '（    年）', 11, false)

  const label = (row: number, col: number, toCol: number, text: string) => {
    ws.mergeCells(row, col, row, toCol)
    const cell = ws.getCell(row, col)
    cell.value = text
    cell.font = { name: FONT_NAME, size: 11, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  }
  const value = (row: number, col: number, toCol: number, text: string) => {
    ws.mergeCells(row, col, row, toCol)
    const cell = ws.getCell(row, col)
    cell.value = text
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
  }
  const single = (l: string, v: string) => {
    label(r, 1, 2, l)
    value(r, 3, COLUMN_COUNT, v)
    ws.getRow(r).height = wrappedRowHeight(v, VALUE_WIDTH)
    r++
  }
  const pair = (l1: string, v1: string, l2: string, v2: string) => {
    label(r, 1, 2, l1)
    value(r, 3, 5, v1)
    label(r, 6, 7, l2)
    value(r, 8, COLUMN_COUNT, v2)
    ws.getRow(r).height = 20
    r++
  }
  const headerStart = r
  single(LABELS.unit, safe(unitName))
  single(LABELS.name[sheet.kind], safe(sheet.name))
  pair(LABELS.owner, safe(sheet.owner), LABELS.contact, safe(sheet.contact))
  pair(LABELS.initial, sheet.budget.initial, LABELS.adjusted, sheet.budget.adjusted)
  pair(LABELS.fiscal, sheet.funds.fiscal, LABELS.other, sheet.funds.other)
  single(LABELS.moneyDetail, moneyDetailText(sheet))
  const goals = sheet.goals.length ? sheet.goals : ['']
  const goalsStart = r
  for (const goal of goals) {
    value(r, 3, COLUMN_COUNT, safe(goal))
    ws.getRow(r).height = wrappedRowHeight(goal, VALUE_WIDTH)
    r++
  }
  ws.mergeCells(goalsStart, 1, r - 1, 2)
  const goalsLabel = ws.getCell(goalsStart, 1)
  goalsLabel.value = LABELS.goals
  goalsLabel.font = { name: FONT_NAME, size: 11, bold: true }
  goalsLabel.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  single(LABELS.scoring, scoringText(sheet.scoring))

  const headerRow = r++
  INDICATOR_COLUMNS.forEach((c, k) => {
    const cell = ws.getCell(headerRow, k + 1)
    cell.value = c.header
    cell.font = { name: FONT_NAME, size: 11, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })
  ws.getRow(headerRow).height = 30
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`

  const first = r
  for (const ind of sheet.indicators) writeIndicator(ws, r++, ind)
  r += blankRows
  mergeRuns(
    ws,
    first,
    1,
    sheet.indicators.map((i) => i.level1),
  )
  mergeRuns(
    ws,
    first,
    2,
    sheet.indicators.map((i) => `${i.level1}\u0000${i.level2}`),
  )

  for (let row = headerStart; row < r; row++) {
    for (let col = 1; col <= COLUMN_COUNT; col++) {
      const cell = ws.getCell(row, col)
      cell.border = THIN
      cell.font = { ...cell.font, name: FONT_NAME, size: cell.font?.size ?? 11 }
      if (row > headerRow && !cell.alignment) cell.alignment = { vertical: 'middle', wrapText: true }
    }
  }
}

function writeIndicator(ws: Worksheet, row: number, ind: Indicator): void {
  const values: Record<string, string | number> = {
    level1: safe(ind.level1),
    level2: safe(ind.level2),
    name: safe(ind.name),
    targetText: safe(ind.targetText),
    basis: safe(ind.basis),
    lastYear: safe(ind.lastYear),
    weight: ind.weight,
    rule: safe(ind.rule),
    evidence: safe(ind.evidence),
    measure: MEASURE_TEXT[ind.measure],
    plan: planText(ind.plan),
  }
  INDICATOR_COLUMNS.forEach((c, k) => {
    const cell: Cell = ws.getCell(row, k + 1)
    cell.value = values[c.key] ?? ''
    const centred = c.key === 'level1' || c.key === 'level2' || c.key === 'weight' || c.key === 'measure'
    cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true }
  })
  ws.getRow(row).height = Math.max(
    ...INDICATOR_COLUMNS.map((c) => wrappedRowHeight(String(values[c.key] ?? ''), c.width)),
  )
}

/** Merges runs of equal values down a column, as the published forms print 一级/二级指标. */
function mergeRuns(ws: Worksheet, firstRow: number, column: number, keys: readonly string[]): void {
  let start = 0
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue
    if (i - start > 1) ws.mergeCells(firstRow + start, column, firstRow + i - 1, column)
    start = i
  }
}
