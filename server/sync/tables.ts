// The synced Dexie tables and the PostgreSQL table that holds each (docs/sync-protocol.md).
export const SYNCED_TABLES = {
  units: 'rows_units',
  sheets: 'rows_sheets',
  indicators: 'rows_indicators',
  progress: 'rows_progress',
  spending: 'rows_spending',
  assessments: 'rows_assessments',
  attachmentMeta: 'rows_attachment_meta',
} as const

export type SyncedTable = keyof typeof SYNCED_TABLES

export function isSyncedTable(t: unknown): t is SyncedTable {
  return typeof t === 'string' && Object.hasOwn(SYNCED_TABLES, t)
}

export const TABLE_OF_SQL: Readonly<Record<string, SyncedTable>> = Object.fromEntries(
  Object.entries(SYNCED_TABLES).map(([dexie, sql]) => [sql, dexie as SyncedTable]),
)
