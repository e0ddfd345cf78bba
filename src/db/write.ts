// The only code that writes rows. Every helper records its audit entry in the same
// transaction, stamps updatedAt/updatedBy, and uses partial updates, never whole-object puts.
import { Dexie, type Table } from 'dexie'
import { appendAudit, appendAuditBulk, nowIso } from './audit'
import type { LedgerDb } from './database'
import { RecordNotFoundError, ValidationError } from './errors'
import type { Actor, AuditAction, RowMeta } from './rows'
import type { TableName } from './schema'

type AnyRow = { id: string; unitId: string | null } & RowMeta

/** Runs `fn` in one read-write transaction over every table, so checks and writes are atomic. */
export function writeTx<T>(db: LedgerDb, fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, fn)
}

function table(db: LedgerDb, name: TableName): Table<AnyRow, string> {
  return db.table(name)
}

export type NewRow<R extends RowMeta> = Omit<R, keyof RowMeta>

export async function insertRow<R extends AnyRow>(
  db: LedgerDb,
  actor: Actor,
  name: TableName,
  row: NewRow<R>,
  opts: { action?: AuditAction; reason?: string } = {},
): Promise<R> {
  const now = nowIso()
  const full = {
    ...row,
    createdAt: now,
    updatedAt: now,
    updatedBy: actor.id,
    deletedAt: null,
  } as unknown as R
  await appendAudit(
    db,
    actor,
    {
      table: name,
      rowId: full.id,
      unitId: full.unitId,
      action: opts.action ?? 'create',
      before: null,
      after: full,
      reason: opts.reason,
    },
    now,
  )
  await table(db, name).add(full)
  return full
}

/** insertRow for many rows of one table: the same rows and audit entries, in two bulk requests. */
export async function insertRows<R extends AnyRow>(
  db: LedgerDb,
  actor: Actor,
  name: TableName,
  rows: readonly NewRow<R>[],
  opts: { action?: AuditAction } = {},
): Promise<void> {
  if (rows.length === 0) return
  const now = nowIso()
  const full = rows.map(
    (row) =>
      ({ ...row, createdAt: now, updatedAt: now, updatedBy: actor.id, deletedAt: null }) as unknown as R,
  )
  await appendAuditBulk(
    db,
    actor,
    full.map((r) => ({
      table: name,
      rowId: r.id,
      unitId: r.unitId,
      action: opts.action ?? 'create',
      before: null,
      after: r,
    })),
    now,
  )
  await table(db, name).bulkAdd(full)
}

/** Rows per bulk request of an import: small enough to report progress, large enough to stay bulk. */
const CHUNK = 10_000

/**
 * New rows of an import (progress, spending): the rows carry createdAt/updatedBy themselves, and
 * the audit gets one entry per sheet, `after` = { count, ids } (docs/database.md, "Import"). The
 * rows go in chunks, two in flight, so the page can draw progress while the database keeps busy.
 */
export async function insertRowsAuditedPerSheet<R extends AnyRow & { sheetId: string }>(
  db: LedgerDb,
  actor: Actor,
  name: TableName,
  rows: readonly NewRow<R>[],
  opts: { action: AuditAction; onRows?: (n: number) => void },
): Promise<void> {
  if (rows.length === 0) return
  const now = nowIso()
  const perSheet = new Map<string, { unitId: string | null; ids: string[] }>()
  for (const r of rows) {
    const group = perSheet.get(r.sheetId) ?? { unitId: r.unitId, ids: [] }
    group.ids.push(r.id)
    perSheet.set(r.sheetId, group)
  }
  await appendAuditBulk(
    db,
    actor,
    [...perSheet].map(([sheetId, { unitId, ids }]) => ({
      table: name,
      rowId: sheetId,
      unitId,
      action: opts.action,
      before: null,
      after: { count: ids.length, ids },
    })),
    now,
  )
  const meta = { createdAt: now, updatedAt: now, updatedBy: actor.id, deletedAt: null }
  const inFlight: Promise<unknown>[] = []
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => ({ ...row, ...meta }) as unknown as R)
    const written = table(db, name)
      .bulkAdd(chunk)
      .then(() => opts.onRows?.(chunk.length))
    // Observed here too, so that a chunk failing after another one has does not go unhandled.
    written.catch(() => undefined)
    inFlight.push(written)
    if (inFlight.length >= 2) await inFlight.shift()
  }
  for (const p of inFlight) await p
}

/** Fields only the layer itself sets. */
const PROTECTED = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'deletedAt', 'unitId'])

export interface PatchOptions<R> {
  action?: AuditAction
  reason?: string
  /** Checks the row as it will be after the change; throw to refuse. */
  validate?: (after: R) => void
  /** Lets delete/restore touch deletedAt. */
  allowProtected?: boolean
  /** Stored with the audit entry: the seal of the sheet this change locks, and its parts' hashes. */
  seal?: string
  sealParts?: Record<string, string>
}

export async function patchRow<R extends AnyRow>(
  db: LedgerDb,
  actor: Actor,
  name: TableName,
  id: string,
  changes: Record<string, unknown>,
  opts: PatchOptions<R> = {},
): Promise<R> {
  const before = (await table(db, name).get(id)) as R | undefined
  if (!before) throw new RecordNotFoundError(name, id)
  const action = opts.action ?? 'update'
  if (action === 'update' && before.deletedAt) throw new RecordNotFoundError(name, id)
  if (!opts.allowProtected) {
    for (const key of Object.keys(changes)) {
      if (PROTECTED.has(key.split('.')[0])) {
        throw new ValidationError(key, {
          zh: `字段 ${key} 不能直接修改。`,
          en: `The field ${key} cannot be changed directly.`,
        })
      }
    }
  }
  const now = nowIso()
  const stamped: Record<string, unknown> = { ...changes, updatedAt: now, updatedBy: actor.id }
  const after = Dexie.deepClone(before)
  for (const [key, value] of Object.entries(stamped)) Dexie.setByKeyPath(after, key, value)
  opts.validate?.(after)
  await appendAudit(
    db,
    actor,
    { table: name, rowId: id, unitId: before.unitId, action, before, after, reason: opts.reason, seal: opts.seal, sealParts: opts.sealParts },
    now,
  )
  await table(db, name).update(id, stamped)
  return after
}

export async function softDeleteRow<R extends AnyRow>(
  db: LedgerDb,
  actor: Actor,
  name: TableName,
  id: string,
  reason?: string,
): Promise<R> {
  const row = await table(db, name).get(id)
  if (!row || row.deletedAt) throw new RecordNotFoundError(name, id)
  return patchRow<R>(
    db,
    actor,
    name,
    id,
    { deletedAt: nowIso() },
    { action: 'delete', reason, allowProtected: true },
  )
}

export async function restoreRow<R extends AnyRow>(
  db: LedgerDb,
  actor: Actor,
  name: TableName,
  id: string,
  reason?: string,
): Promise<R> {
  const row = await table(db, name).get(id)
  if (!row) throw new RecordNotFoundError(name, id)
  if (!row.deletedAt) return row as R
  return patchRow<R>(
    db,
    actor,
    name,
    id,
    { deletedAt: null },
    { action: 'restore', reason, allowProtected: true },
  )
}

export function live<T extends { deletedAt: string | null }>(row: T): boolean {
  return !row.deletedAt
}

/** The listed keys of obj that it has: the fields a change may touch. */
export function pick(obj: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k in obj) out[k] = (obj as Record<string, unknown>)[k]
  return out
}
