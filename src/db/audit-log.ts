// The 操作日志 page's reads: the whole audit log, newest first, filtered by person, time, kind of
// record and action, one page at a time. Each page is read from a compound index ending in
// [at+id] (schema version 7): the most selective filter picks the index, the page starts after the
// last row of the one before (keyset paging), so a page costs the same at row 10 and at row
// 200,000. Rows are read as they are stored: fields added later (a hash chain) pass through.
import { Dexie } from 'dexie'
import type { LedgerDb } from './database'
import type { AuditAction, AuditRow } from './rows'
import { SYNCED_TABLES } from './sync/types'

export interface AuditLogFilter {
  actorId?: string
  /** ISO instant, inclusive. */
  fromAt?: string
  /** ISO instant, exclusive. */
  toAt?: string
  /** The kind of record: the table name (progress, sheets, …). */
  table?: string
  action?: AuditAction
}

/** Where the next page starts: the last row shown. */
export interface AuditCursor {
  at: string
  id: string
}

export interface AuditPage {
  rows: AuditRow[]
  /** null when this was the last page. */
  next: AuditCursor | null
}

type Prefix = { index: string; key: string[] }

/** The index that narrows most: a person, then a kind of record (with its action), then an action, else time alone. */
function prefixOf(f: AuditLogFilter): Prefix {
  if (f.actorId !== undefined) return { index: '[actorId+at+id]', key: [f.actorId] }
  if (f.table !== undefined && f.action !== undefined)
    return { index: '[table+action+at+id]', key: [f.table, f.action] }
  if (f.table !== undefined) return { index: '[table+at+id]', key: [f.table] }
  if (f.action !== undefined) return { index: '[action+at+id]', key: [f.action] }
  return { index: '[at+id]', key: [] }
}

export async function auditLogPage(
  db: LedgerDb,
  filter: AuditLogFilter,
  after: AuditCursor | null = null,
  size = 50,
): Promise<AuditPage> {
  const { index, key } = prefixOf(filter)
  const lower = [...key, filter.fromAt ?? Dexie.minKey]
  // [p, toAt] sorts before every [p, toAt, id]: an exclusive upper bound at toAt.
  const upper = after ? [...key, after.at, after.id] : [...key, filter.toAt ?? Dexie.maxKey]
  const rest = (r: AuditRow) =>
    (filter.actorId === undefined || r.actorId === filter.actorId) &&
    (filter.table === undefined || r.table === filter.table) &&
    (filter.action === undefined || r.action === filter.action)
  const rows = await db.audit
    .where(index)
    .between(lower, upper, true, false)
    .reverse()
    .filter(rest)
    .limit(size + 1)
    .toArray()
  const more = rows.length > size
  const page = more ? rows.slice(0, size) : rows
  const last = page[page.length - 1]
  return { rows: page, next: more && last ? { at: last.at, id: last.id } : null }
}

/** Every row the filter matches, page by page (for the export); stops at `max`. */
export async function auditLogAll(db: LedgerDb, filter: AuditLogFilter, max = 100_000): Promise<AuditRow[]> {
  const out: AuditRow[] = []
  let cursor: AuditCursor | null = null
  do {
    const page: AuditPage = await auditLogPage(db, filter, cursor, 1000)
    out.push(...page.rows)
    cursor = page.next
  } while (cursor && out.length < max)
  return out.slice(0, max)
}

/** The kinds of record the log holds: the synced tables and the device's own audited ones. */
export const AUDITED_TABLES: readonly string[] = [
  ...SYNCED_TABLES,
  'profiles',
  'settings',
  'reportTexts',
  'database',
]
