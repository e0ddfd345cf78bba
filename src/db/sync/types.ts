// What the sync client stores and sends (docs/sync-protocol.md is the contract with server/).

/** The Dexie tables that travel to the unit server; everything else stays on the device. */
export const SYNCED_TABLES = [
  'units',
  'sheets',
  'indicators',
  'progress',
  'spending',
  'assessments',
  'attachmentMeta',
] as const

export type SyncedTable = (typeof SYNCED_TABLES)[number]

const SYNCED: ReadonlySet<string> = new Set(SYNCED_TABLES)

export function isSynced(table: string): table is SyncedTable {
  return SYNCED.has(table)
}

export const OUTBOX_TABLE = 'outbox'
export const REJECTS_TABLE = 'syncRejects'

/**
 * put: the whole row (a new row, or a row written whole); patch: only the key paths that changed
 * (Dexie change-spec keys, dotted paths allowed), so a concurrent edit of another field survives.
 */
export type ChangeOp = 'put' | 'patch'

/** One local change waiting for the server; leaves the outbox when the server has answered it. */
export interface OutboxRow {
  /** Auto-increment: the order changes were made, and the order they are pushed in. */
  seq?: number
  /** Made once when the change is recorded and reused on every retry: the server applies it once. */
  changeId: string
  table: SyncedTable
  rowId: string
  op: ChangeOp
  data: Record<string, unknown>
  /** ISO 8601 */
  at: string
}

export interface Bilingual {
  zh: string
  en: string
}

export interface ServerError extends Bilingual {
  code: string
}

/** A change the server refused: shown to the user until dismissed. */
export interface SyncRejectRow {
  changeId: string
  table: SyncedTable
  rowId: string
  op: ChangeOp
  data: Record<string, unknown>
  reason: ServerError
  /** ISO 8601, when the refusal arrived. */
  at: string
}

export interface Account {
  id: string
  login: string
  name: string
  unitId: string
  role: 'entry' | 'admin' | 'leader' | 'reviewer'
}

export interface PushChange {
  changeId: string
  table: SyncedTable
  id: string
  op: ChangeOp
  data: Record<string, unknown>
}

export interface PushResult {
  changeId: string
  status: 'applied' | 'duplicate' | 'refused'
  seq?: number
  reason?: ServerError
  row?: Record<string, unknown> | null
}

export interface PulledChange {
  table: SyncedTable
  id: string
  seq: number
  row: Record<string, unknown>
}

export interface PullPage {
  changes: PulledChange[]
  next: number
  more: boolean
}
