// Brings the server's changes since this device's last position, a year at a time (the session's
// year: a prefecture's whole subtree over every year would be far more than anyone looks at).
// Each page is applied, and the position moved on, in one transaction the outbox ignores.
import type { LedgerDb } from '../database'
import type { SyncApi } from './api'
import { applyInTx, APPLY_TABLES } from './apply'
import { runUnrecorded } from './recording'
import { lastSeqKey, readSyncValue, writeSyncValue } from './state'

export const PULL_PAGE = 2000

export interface Pulled {
  count: number
  /** The tables rows came for (the app re-reads the unit list when units or sheets came). */
  tables: Set<string>
}

export async function pullOnce(db: LedgerDb, api: SyncApi, year: number): Promise<Pulled> {
  let since = (await readSyncValue<number>(db, lastSeqKey(year))) ?? 0
  let count = 0
  const tables = new Set<string>()
  for (;;) {
    const page = await api.pull({ since, year, limit: PULL_PAGE })
    const next = Math.max(since, page.next ?? since)
    await runUnrecorded(db, APPLY_TABLES, async () => {
      await applyInTx(
        db,
        page.changes.map((c) => ({ table: c.table, id: c.id, row: c.row })),
      )
      await writeSyncValue(db, lastSeqKey(year), next)
    })
    count += page.changes.length
    for (const c of page.changes) tables.add(c.table)
    if (!page.more || next === since) return { count, tables }
    since = next
  }
}
