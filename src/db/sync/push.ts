// Sends the outbox to the server in batches, oldest first. Each change keeps the changeId it was
// recorded with, so a batch re-sent after a lost response is answered "duplicate" and applied
// once. An entry leaves the outbox only when its answer has arrived; a refused change is rolled
// back to the server's row and listed in syncRejects with the server's reason.
import type { LedgerDb } from '../database'
import { SyncHttpError, type SyncApi } from './api'
import { applyInTx, APPLY_TABLES, type ServerRow } from './apply'
import { runUnrecorded } from './recording'
import { OUTBOX_TABLE, REJECTS_TABLE, type OutboxRow, type PushResult, type SyncRejectRow } from './types'

export const PUSH_BATCH = 500

export interface PushOutcome {
  applied: number
  refused: number
}

/** Evidence bytes go first: a meta row on the server whose bytes are missing would open to nothing. */
async function uploadBlobs(
  db: LedgerDb,
  api: SyncApi,
  batch: readonly OutboxRow[],
): Promise<Map<string, PushResult>> {
  const refused = new Map<string, PushResult>()
  for (const change of batch) {
    if (change.table !== 'attachmentMeta' || change.op !== 'put') continue
    const sha256 = change.data.sha256
    const bytes = (await db.attachmentBlobs.get(change.rowId))?.blob
    if (typeof sha256 !== 'string' || !bytes) continue // bytes that came from the server are there already
    try {
      await api.putBlob(sha256, bytes)
    } catch (e) {
      // Refused for what the file is (type, size, hash): the meta row would be refused with it.
      if (!(e instanceof SyncHttpError) || e.status >= 500 || e.status === 401) throw e
      refused.set(change.changeId, {
        changeId: change.changeId,
        status: 'refused',
        reason: e.error,
        row: null,
      })
    }
  }
  return refused
}

export async function pushOnce(db: LedgerDb, api: SyncApi, device: string): Promise<PushOutcome> {
  const outcome: PushOutcome = { applied: 0, refused: 0 }
  for (;;) {
    const batch = await db.table<OutboxRow>(OUTBOX_TABLE).orderBy('seq').limit(PUSH_BATCH).toArray()
    if (batch.length === 0) return outcome
    const blobRefusals = await uploadBlobs(db, api, batch)
    const toSend = batch.filter((c) => !blobRefusals.has(c.changeId))
    const answer = toSend.length
      ? await api.push(
          device,
          toSend.map((c) => ({ changeId: c.changeId, table: c.table, id: c.rowId, op: c.op, data: c.data })),
        )
      : { results: [] }
    const results = [...answer.results, ...blobRefusals.values()]
    const counted = await settle(db, batch, results)
    outcome.applied += counted.applied
    outcome.refused += counted.refused
    if (counted.applied + counted.refused === 0) return outcome // the server answered none: try later
  }
}

/** Takes the answered entries out of the outbox and rolls the refused ones back, in one transaction. */
function settle(
  db: LedgerDb,
  batch: readonly OutboxRow[],
  results: readonly PushResult[],
): Promise<PushOutcome> {
  const byId = new Map(batch.map((c) => [c.changeId, c]))
  return runUnrecorded(db, APPLY_TABLES, async () => {
    const done: number[] = []
    const rejects: SyncRejectRow[] = []
    const rollback: ServerRow[] = []
    const at = new Date().toISOString()
    for (const result of results) {
      const change = byId.get(result.changeId)
      if (!change) continue
      done.push(change.seq!)
      if (result.status !== 'refused') continue
      rejects.push({
        changeId: change.changeId,
        table: change.table,
        rowId: change.rowId,
        op: change.op,
        data: change.data,
        reason: result.reason ?? {
          code: 'refused',
          zh: '服务器拒绝了此修改',
          en: 'The server refused this change',
        },
        at,
      })
      rollback.push({ table: change.table, id: change.rowId, row: result.row ?? null })
    }
    await db.table(OUTBOX_TABLE).bulkDelete(done)
    if (rejects.length) await db.table(REJECTS_TABLE).bulkPut(rejects)
    await applyInTx(db, rollback)
    return { applied: done.length - rejects.length, refused: rejects.length }
  })
}
