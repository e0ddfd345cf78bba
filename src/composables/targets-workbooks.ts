// The 绩效目标表 workbooks for the targets pages. The workbook code (and ExcelJS behind it) loads only
// when one is asked for, never with the page: pages call these instead of importing src/excel.
import type { TargetsWorkbookInput } from '@/excel/targets-export'
import type { TargetsWorkbook } from '@/excel/targets-import'

export type { TargetsWorkbook }

/** The blank template of the year, for the unit. */
export async function targetsTemplate(year: number, unitName: string): Promise<ArrayBuffer> {
  const { writeTargetsTemplate } = await import('@/excel/targets-template')
  return writeTargetsTemplate(year, unitName)
}

/** The sheets in the official layout. */
export async function targetsWorkbook(input: TargetsWorkbookInput): Promise<ArrayBuffer> {
  const { writeTargetsWorkbook } = await import('@/excel/targets-export')
  return writeTargetsWorkbook(input)
}

/** A filled-in workbook read back: its sheets and every problem by row and column. */
export async function readTargetsFile(data: ArrayBuffer): Promise<TargetsWorkbook> {
  const { readTargetsWorkbook } = await import('@/excel/targets-import')
  return readTargetsWorkbook(data)
}
