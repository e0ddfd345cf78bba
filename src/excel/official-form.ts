// What every exported official form carries besides its table: the signature and date line, page
// numbers in the footer and, while the form is not locked, a draft mark in the page header.
import type { Worksheet } from 'exceljs'

export const SIGNATURE_LABELS = ['填报单位（盖章）：', '填表人：', '审核人：', '填报日期：'] as const
/** Page header mark of a form that is not locked; &"SimSun,Bold" sets the header font. */
export const DRAFT_MARK = '&R&"SimSun,Bold"&14草稿 / 未审核'
export const PAGE_FOOTER = '&C&"SimSun"第 &P 页，共 &N 页'
export const MONEY_FORMAT = '#,##0.00'

/** The four signature fields spread over one row of `width` columns, each label left of a blank. */
export function signatureRow(ws: Worksheet, row: number, width: number) {
  const span = Math.floor(width / SIGNATURE_LABELS.length)
  SIGNATURE_LABELS.forEach((label, i) => {
    const from = 1 + i * span
    const to = i === SIGNATURE_LABELS.length - 1 ? width : from + span - 1
    if (to > from) ws.mergeCells(row, from, row, to)
    const cell = ws.getCell(row, from)
    cell.value = label
    cell.font = { name: 'SimSun', size: 11 }
    cell.alignment = { vertical: 'bottom', horizontal: 'left' }
  })
  ws.getRow(row).height = 30
}
