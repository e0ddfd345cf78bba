// Puts the server's rows into the local tables, in a transaction the outbox ignores, with the
// changes this device has not had confirmed yet laid on top: the server's row is the base, and
// a local edit still on its way wins over it here, as it will on the server when it arrives.
import { Dexie } from 'dexie'
import { appendReceivedAudit, type AuditInput } from '../audit'
import type { LedgerDb } from '../database'
import type { Role, SheetRow } from '../rows'
import { runUnrecorded } from './recording'
import { OUTBOX_TABLE, SYNCED_TABLES, type OutboxRow, type SyncedTable } from './types'

export interface ServerRow {
  table: SyncedTable
  id: string
  /** null: the server has no such row (a refused create): the local one goes. */
  row: Record<string, unknown> | null
}

/** The row with `pending` applied in order: a put sets the fields it names, a patch its key paths. */
export function withPending(
  row: Record<string, unknown>,
  pending: readonly OutboxRow[],
): Record<string, unknown> {
  const out = Dexie.deepClone(row)
  for (const change of pending) {
    for (const [keyPath, value] of Object.entries(change.data)) {
      if (change.op === 'put') out[keyPath] = value
      else Dexie.setByKeyPath(out, keyPath, value)
    }
  }
  return out
}

/** Inside a transaction over the synced tables and the outbox. */
export async function applyInTx(db: LedgerDb, rows: readonly ServerRow[]): Promise<void> {
  if (rows.length === 0) return
  const pending = await db
    .table<OutboxRow>(OUTBOX_TABLE)
    .where('rowId')
    .anyOf([...new Set(rows.map((r) => r.id))])
    .toArray()
  const pendingOf = new Map<string, OutboxRow[]>()
  for (const change of pending.sort((a, b) => a.seq! - b.seq!)) {
    const key = `${change.table}/${change.rowId}`
    pendingOf.set(key, [...(pendingOf.get(key) ?? []), change])
  }
  // The last state of each row wins when a page holds one row twice.
  const last = new Map<string, ServerRow>()
  for (const r of rows) last.set(`${r.table}/${r.id}`, r)
  const puts = new Map<SyncedTable, Record<string, unknown>[]>()
  const deletes = new Map<SyncedTable, string[]>()
  for (const [key, r] of last) {
    const local = pendingOf.get(key) ?? []
    if (r.row) {
      puts.set(r.table, [...(puts.get(r.table) ?? []), withPending(r.row, local)])
    } else if (local.some((c) => c.op === 'put')) {
      // Still being created here: the later put will bring it to the server.
      const base = (await db.table(r.table).get(r.id)) as Record<string, unknown> | undefined
      if (base) puts.set(r.table, [...(puts.get(r.table) ?? []), withPending(base, local)])
    } else {
      deletes.set(r.table, [...(deletes.get(r.table) ?? []), r.id])
    }
  }
  const sheets = puts.get('sheets')
  if (sheets) await auditStatusChanges(db, sheets)
  for (const [table, values] of puts) await db.table(table).bulkPut(values)
  for (const [table, ids] of deletes) await db.table(table).bulkDelete(ids)
}

/**
 * A sheet whose status the server changed (submitted, locked, sent back elsewhere) gets a local
 * audit entry, action 'sync': the seal check reads a sheet's status history from this device's log,
 * and a status with no entry behind it would look like a change made behind the app's back.
 */
async function auditStatusChanges(db: LedgerDb, rows: readonly Record<string, unknown>[]): Promise<void> {
  const stored = await db.sheets.bulkGet(rows.map((r) => r.id as string))
  const byAuthor = new Map<string, AuditInput[]>()
  rows.forEach((row, i) => {
    const before = stored[i]
    if (!before || before.status === row.status) return
    const author = String(row.updatedBy ?? '')
    const input: AuditInput = {
      table: 'sheets',
      rowId: before.id,
      unitId: before.unitId,
      action: 'sync',
      before: { status: before.status },
      after: { status: row.status as SheetRow['status'] },
    }
    byAuthor.set(author, [...(byAuthor.get(author) ?? []), input])
  })
  if (byAuthor.size === 0) return
  const people = await db.profiles.bulkGet([...byAuthor.keys()])
  let i = 0
  for (const [author, inputs] of byAuthor) {
    const p = people[i++]
    // The account's own profile when this device knows it; otherwise the server's id for them.
    const status = (inputs[0]!.after as { status: string }).status
    const role: Role = p?.role ?? (status === 'submitted' ? 'entry' : 'reviewer')
    await appendReceivedAudit(db, { id: author, name: p?.name ?? author, role }, inputs)
  }
}

/** The tables a transaction applying server rows needs. */
export const APPLY_TABLES: readonly string[] = [
  ...SYNCED_TABLES,
  OUTBOX_TABLE,
  'settings',
  'syncRejects',
  'audit',
  'profiles',
]

export function applyServerRows(db: LedgerDb, rows: readonly ServerRow[]): Promise<void> {
  return runUnrecorded(db, APPLY_TABLES, () => applyInTx(db, rows))
}
