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

/** Fields only the layer itself sets. */
const PROTECTED = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy', 'deletedAt', 'unitId'])

export interface PatchOptions<R> {
  action?: AuditAction
  reason?: string
  /** Checks the row as it will be after the change; throw to refuse. */
  validate?: (after: R) => void
  /** Lets delete/restore touch deletedAt. */
  allowProtected?: boolean
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
    { table: name, rowId: id, unitId: before.unitId, action, before, after, reason: opts.reason },
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
