// A published table saved as .xlsx in another unit's layout, each worksheet as a grid of cell
// text (ExcelJS, loaded only when a workbook is opened). A merged range gives its text to its
// first cell, as in html-grid.ts; a percentage-formatted number reads as printed ("95%").
import type { CellValue, Worksheet } from 'exceljs'
import { dec } from '../domain/decimal'
import { fromSpreadsheetText } from '../domain/spreadsheet-safe'
import type { Grid } from './html-grid'

export async function workbookTables(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as ArrayBuffer)
  return workbook.worksheets.map(sheetGrid).filter((g) => g.length > 0)
}

function sheetGrid(ws: Worksheet): Grid {
  const grid: Grid = []
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = []
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c)
      const covered = cell.isMerged && cell.master.address !== cell.address
      cells.push(covered ? '' : fromSpreadsheetText(valueText(cell.value, cell.numFmt).trim()))
    }
    grid[r - 1] = cells
  })
  return Array.from(grid, (row) => row ?? [])
}

function valueText(v: CellValue, numFmt: string | undefined): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return numFmt?.includes('%') ? `${dec(v).times(100).toFixed()}%` : String(v)
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if ('richText' in v) return v.richText.map((t) => t.text).join('')
  if ('result' in v) return v.result === undefined ? '' : valueText(v.result as CellValue, numFmt)
  if ('text' in v) return String(v.text)
  return ''
}
