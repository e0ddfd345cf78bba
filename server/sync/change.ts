// One change of a push, checked for shape before anything touches the database.
import { isSyncedTable, type SyncedTable } from './tables'
import { Refusal } from './refusal'

export interface Change {
  changeId: string
  table: SyncedTable
  id: string
  op: 'put' | 'patch'
  data: Record<string, unknown>
}

export const MAX_CHANGES = 500

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 200
}

export function hasChangeId(v: unknown): v is { changeId: string } & Record<string, unknown> {
  return isPlainObject(v) && isId(v.changeId)
}

/** The change, or a Refusal saying what is wrong with it. */
export function parseChange(raw: { changeId: string } & Record<string, unknown>): Change {
  if (!isSyncedTable(raw.table)) throw new Refusal('unknown_table')
  if (raw.op !== 'put' && raw.op !== 'patch') throw new Refusal('unknown_op')
  if (!isId(raw.id) || !isPlainObject(raw.data)) throw new Refusal('invalid')
  return { changeId: raw.changeId, table: raw.table, id: raw.id, op: raw.op, data: raw.data }
}

/** Fields the server sets itself: ignored when a client sends them. */
const STAMPS = ['id', 'updatedAt', 'updatedBy'] as const

export function withoutStamps(
  data: Record<string, unknown>,
  alsoCreatedAt: boolean,
): Record<string, unknown> {
  const out = { ...data }
  for (const k of STAMPS) delete out[k]
  if (alsoCreatedAt) delete out.createdAt
  return out
}
