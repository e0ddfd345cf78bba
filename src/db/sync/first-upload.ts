// The first connection of this device: what the browser already holds of the account's unit goes
// to the server, so nothing entered before the unit had a server is lost. The server's copy of the
// unit is read first (every year), and only what it lacks or holds older is uploaded: a row it
// does not have as a put, a row edited here after the server's copy as a patch of the fields that
// differ (a row the server has and this device did not edit: the server's copy wins). Rows the account's role may not write stay on this device (the server would refuse
// them, and rolling them back would remove them here).
import type { LedgerDb } from '../database'
import type { SyncApi } from './api'
import { applyInTx, APPLY_TABLES, type ServerRow } from './apply'
import { runUnrecorded } from './recording'
import { rowDiff, sameContent } from './row-diff'
import { newId } from '@/domain/ids'
import { OUTBOX_TABLE, SYNCED_TABLES, type Account, type OutboxRow, type SyncedTable } from './types'

type Row = Record<string, unknown> & { id: string; unitId?: string; updatedAt?: string; kind?: string }

/** What each role may write on the server (docs/sync-protocol.md, "Policies"). */
export function roleMayWrite(role: Account['role'], table: SyncedTable, row: Row): boolean {
  switch (table) {
    case 'progress':
    case 'spending':
      return role === 'entry' || role === 'admin'
    case 'attachmentMeta':
      return role === 'entry' || role === 'admin' || role === 'reviewer'
    case 'units':
    case 'sheets':
    case 'indicators':
      return role === 'admin'
    case 'assessments':
      if (row.kind === 'override') return role === 'reviewer'
      if (row.kind === 'notApplicable') return role === 'admin' || role === 'reviewer'
      return role === 'entry' || role === 'admin'
  }
}

export interface UploadPreview {
  account: Account
  /** Changes to upload, per table. */
  perTable: Partial<Record<SyncedTable, number>>
  total: number
  /** The server's rows of the unit, applied locally when the upload is confirmed. */
  serverRows: ServerRow[]
}

async function serverCopy(api: SyncApi, unitId: string): Promise<ServerRow[]> {
  const rows: ServerRow[] = []
  let since = 0
  for (;;) {
    const page = await api.pull({ since, units: [unitId], limit: 5000 })
    for (const c of page.changes) rows.push({ table: c.table, id: c.id, row: c.row })
    if (!page.more || page.next <= since) return rows
    since = page.next
  }
}

function rowsOfUnit(db: LedgerDb, table: SyncedTable, unitId: string): Promise<Row[]> {
  const t = db.table<Row>(table)
  return table === 'units'
    ? t.where('id').equals(unitId).toArray()
    : t.filter((r) => r.unitId === unitId).toArray()
}

type Upload = Omit<OutboxRow, 'seq'>

/**
 * Assessments are one live row per indicator and kind, but their ids are made by each device (an
 * exchange file's judgements carry none): a local one whose indicator and kind the server already
 * has live is that row, under another id.
 */
interface Duplicate {
  localId: string
  serverId: string
}

function naturalKey(row: Row): string {
  return `${String(row.indicatorId)}/${String(row.kind)}`
}

function patchOfDifference(theirs: Row, mine: Row): Record<string, unknown> {
  const { id, createdAt, updatedAt, updatedBy, ...patch } = rowDiff(theirs, mine)
  void id
  void createdAt
  void updatedAt
  void updatedBy
  return patch
}

/** Worked out from the local rows and the server's: every live and deleted row counts. */
async function uploadChanges(
  db: LedgerDb,
  account: Account,
  server: readonly ServerRow[],
): Promise<{ changes: Upload[]; duplicates: Duplicate[] }> {
  const onServer = new Map(server.map((r) => [`${r.table}/${r.id}`, r.row]))
  const liveAssessments = new Map<string, Row>()
  for (const r of server) {
    if (r.table === 'assessments' && r.row && !r.row.deletedAt)
      liveAssessments.set(naturalKey(r.row as Row), r.row as Row)
  }
  const at = new Date().toISOString()
  const changes: Upload[] = []
  const duplicates: Duplicate[] = []
  // Only a row edited on this device (updatedAt past createdAt: an import or the built-in data
  // writes both the same) and after the server's copy may overwrite it: a row this device only
  // received, seeded later than another device's edit, would otherwise undo that edit.
  const newer = (mine: Row, theirs: Row) =>
    String(mine.updatedAt ?? '') > String(mine.createdAt ?? '') &&
    String(mine.updatedAt ?? '') > String(theirs.updatedAt ?? '')
  for (const table of SYNCED_TABLES) {
    for (const row of await rowsOfUnit(db, table, account.unitId)) {
      if (!roleMayWrite(account.role, table, row)) continue
      let theirs = onServer.get(`${table}/${row.id}`) as Row | null | undefined
      let rowId = row.id
      if (!theirs && table === 'assessments' && !row.deletedAt) {
        const twin = liveAssessments.get(naturalKey(row))
        if (twin) {
          duplicates.push({ localId: row.id, serverId: twin.id })
          theirs = twin
          rowId = twin.id
        }
      }
      if (!theirs) {
        changes.push({ changeId: newId(), table, rowId, op: 'put', data: row, at })
      } else if (!sameContent({ ...row, id: rowId }, theirs) && newer(row, theirs)) {
        const patch = patchOfDifference(theirs, row)
        if (Object.keys(patch).length)
          changes.push({ changeId: newId(), table, rowId, op: 'patch', data: patch, at })
      }
    }
  }
  return { changes, duplicates }
}

export async function previewFirstUpload(
  db: LedgerDb,
  api: SyncApi,
  account: Account,
): Promise<UploadPreview> {
  const serverRows = await serverCopy(api, account.unitId)
  const { changes } = await uploadChanges(db, account, serverRows)
  const perTable: UploadPreview['perTable'] = {}
  for (const c of changes) perTable[c.table] = (perTable[c.table] ?? 0) + 1
  return { account, perTable, total: changes.length, serverRows }
}

/**
 * Puts the upload in the outbox and the server's rows in the tables, in one transaction, worked
 * out again from the rows as they are now (an edit made while the preview was open counts).
 * Returns how many changes went into the outbox.
 */
export function commitFirstUpload(db: LedgerDb, preview: UploadPreview): Promise<number> {
  return runUnrecorded(db, APPLY_TABLES, async () => {
    const { changes, duplicates } = await uploadChanges(db, preview.account, preview.serverRows)
    // A local twin of a server assessment goes; evidence attached to it follows to the server's id.
    for (const d of duplicates) {
      await db.table('assessments').delete(d.localId)
      await db
        .table('attachmentMeta')
        .where('[ownerKind+ownerId]')
        .equals(['assessment', d.localId])
        .modify({ ownerId: d.serverId })
    }
    await db.table(OUTBOX_TABLE).bulkAdd(changes)
    await applyInTx(db, preview.serverRows)
    return changes.length
  })
}
