// The append-only audit log. Entries are only ever added, and only by the write helpers,
// inside the transaction of the write they describe: both land or neither does. Each entry is
// linked onto the log's hash chain on the way in (audit-chain.ts).
import { Dexie } from 'dexie'
import { newId } from '@/domain/ids'
import { assertActing } from './acting-profile'
import { chainEntries, type Unchained } from './audit-chain'
import type { LedgerDb } from './database'
import type { Actor, AuditAction, AuditRow } from './rows'

export interface AuditInput {
  table: string
  rowId: string
  unitId: string | null
  action: AuditAction
  before: unknown
  after: unknown
  reason?: string
  seal?: string
  sealParts?: Record<string, string>
}

/** Must run inside a transaction that includes db.audit. */
export async function appendAudit(
  db: LedgerDb,
  actor: Actor,
  input: AuditInput,
  at = nowIso(),
): Promise<AuditRow> {
  if (!Dexie.currentTransaction) throw new Error('appendAudit must run inside the write transaction')
  assertActing(db, actor)
  const [row] = await chainEntries(db, [auditRow(actor, input, at)])
  await db.audit.add(row)
  return row
}

/** The audit rows of many inserts, written in one request (the import writes 100,000s of rows). */
export async function appendAuditBulk(
  db: LedgerDb,
  actor: Actor,
  inputs: readonly AuditInput[],
  at = nowIso(),
): Promise<void> {
  if (!Dexie.currentTransaction) throw new Error('appendAuditBulk must run inside the write transaction')
  assertActing(db, actor)
  await db.audit.bulkAdd(
    await chainEntries(
      db,
      inputs.map((input) => auditRow(actor, input, at)),
    ),
  )
}

/**
 * What the unit server did, recorded on this device under the server's author (a sheet locked
 * there): not an act of the profile acting here, so not held to it. Only the sync pull calls this.
 */
export async function appendReceivedAudit(
  db: LedgerDb,
  author: Actor,
  inputs: readonly AuditInput[],
  at = nowIso(),
): Promise<void> {
  if (!Dexie.currentTransaction) throw new Error('appendReceivedAudit must run inside the write transaction')
  // Inline, not a shared async helper: awaiting one more native promise here lost the transaction.
  await db.audit.bulkAdd(
    await chainEntries(
      db,
      inputs.map((input) => auditRow(author, input, at)),
    ),
  )
}

function auditRow(actor: Actor, input: AuditInput, at: string): Unchained {
  return {
    id: newId(),
    unitId: input.unitId,
    at,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    table: input.table,
    rowId: input.rowId,
    action: input.action,
    before: redact(input.before),
    after: redact(input.after),
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    ...(input.seal !== undefined ? { seal: input.seal } : {}),
    ...(input.sealParts !== undefined ? { sealParts: input.sealParts } : {}),
    createdAt: at,
    updatedAt: at,
    updatedBy: actor.id,
    deletedAt: null,
  }
}

/** PIN hashes stay in the profile row only; the log records that a PIN was set. */
function redact(row: unknown): unknown {
  if (row && typeof row === 'object' && 'pin' in row) {
    const { pin, ...rest } = row as Record<string, unknown>
    return { ...rest, pin: pin ? '[set]' : null }
  }
  return row
}

export interface AuditQuery {
  table?: string
  rowId?: string
  /** Newest first; default 200. */
  limit?: number
}

export async function listAudit(db: LedgerDb, q: AuditQuery = {}): Promise<AuditRow[]> {
  const limit = q.limit ?? 200
  if (q.table !== undefined && q.rowId !== undefined) {
    const rows = await db.audit.where('[table+rowId]').equals([q.table, q.rowId]).toArray()
    return rows.sort(newestFirst).slice(0, limit)
  }
  let coll = db.audit.orderBy('at').reverse()
  if (q.table !== undefined) coll = coll.filter((r) => r.table === q.table)
  if (q.rowId !== undefined) coll = coll.filter((r) => r.rowId === q.rowId)
  return coll.limit(limit).toArray()
}

function newestFirst(a: AuditRow, b: AuditRow): number {
  return a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1
}

export function nowIso(): string {
  return new Date().toISOString()
}

/** The audit entries of an entry and of the files attached to it, newest first. */
export async function listEntryAudit(
  db: LedgerDb,
  table: 'progress' | 'spending',
  rowId: string,
): Promise<AuditRow[]> {
  const own = await db.audit.where('[table+rowId]').equals([table, rowId]).toArray()
  // An imported entry is logged in its import's one entry per sheet, which lists the ids it added.
  const row = (await db.table(table).get(rowId)) as { sheetId: string } | undefined
  const imports = row
    ? (await db.audit.where('[table+rowId]').equals([table, row.sheetId]).toArray()).filter((a) =>
        ((a.after as { ids?: string[] } | null)?.ids ?? []).includes(rowId),
      )
    : []
  const files = await db.attachmentMeta.where('[ownerKind+ownerId]').equals([table, rowId]).toArray()
  const fileLogs = await Promise.all(
    files.map((f) => db.audit.where('[table+rowId]').equals(['attachmentMeta', f.id]).toArray()),
  )
  return [...own, ...imports, ...fileLogs.flat()].sort(newestFirst)
}
