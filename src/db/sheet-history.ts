// The change history of one sheet: the audit entries of the sheet row and of every indicator it
// ever had (deleted ones included), newest first.
import type { LedgerDb } from './database'
import type { AuditRow } from './rows'

export async function listSheetHistory(db: LedgerDb, sheetId: string, limit = 200): Promise<AuditRow[]> {
  const indicatorIds = await db.indicators.where('sheetId').equals(sheetId).primaryKeys()
  const keys: [string, string][] = [
    ['sheets', sheetId],
    ...indicatorIds.map((id) => ['indicators', id] as [string, string]),
  ]
  const rows = await db.audit.where('[table+rowId]').anyOf(keys).toArray()
  return rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).slice(0, limit)
}
