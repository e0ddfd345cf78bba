// The 操作日志 as an .xlsx: one row per audit entry, as filtered on the page, with its before and
// after in full (JSON). Text cells are made spreadsheet-safe (no formula from a stored value).
import { spreadsheetSafeText } from '@/domain/spreadsheet-safe'

/** One entry as the workbook takes it; the page passes its rows as they are stored. */
export interface AuditLogLine {
  /** Local time, as the page shows it. */
  time: string
  actorName: string
  role: string
  kind: string
  rowId: string
  action: string
  reason?: string
  before: unknown
  after: unknown
}

export const AUDIT_LOG_HEADER = [
  '时间',
  '操作人',
  '角色',
  '记录类别',
  '记录编号',
  '操作',
  '原因',
  '修改前',
  '修改后',
]

/** Excel keeps at most 32,767 characters in a cell. */
const CELL_MAX = 32_000

const json = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = JSON.stringify(value)
  return text.length > CELL_MAX ? `${text.slice(0, CELL_MAX)}…` : text
}

export async function auditLogWorkbook(lines: readonly AuditLogLine[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('操作日志', { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = [20, 12, 10, 12, 28, 8, 20, 50, 50].map((width) => ({ width }))
  ws.addRow(AUDIT_LOG_HEADER).font = { bold: true }
  for (const l of lines) {
    ws.addRow(
      [
        l.time,
        l.actorName,
        l.role,
        l.kind,
        l.rowId,
        l.action,
        l.reason ?? '',
        json(l.before),
        json(l.after),
      ].map(spreadsheetSafeText),
    )
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AUDIT_LOG_HEADER.length } }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer
}
