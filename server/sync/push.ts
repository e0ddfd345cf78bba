// A push: each change in its own savepoint, recorded in applied_changes in the same transaction,
// so a retried changeId is never applied twice and one refusal leaves its neighbours alone.
import type { Account } from '../auth/sessions'
import type { Client, Database } from '../db/database'
import { reason, type Reason } from '../errors'
import { applyChange, currentRow } from './apply-change'
import { hasChangeId, parseChange } from './change'
import { refusalOf } from './refusal'
import { isSyncedTable, SYNCED_TABLES } from './tables'

export interface ChangeResult {
  changeId: string
  status: 'applied' | 'duplicate' | 'refused'
  seq?: number
  reason?: Reason
  row?: unknown
}

export interface PushLog {
  error(obj: unknown, msg?: string): void
}

export async function push(
  db: Database,
  account: Account,
  changes: readonly unknown[],
  log: PushLog,
): Promise<{ results: ChangeResult[]; seq: number }> {
  try {
    return await pushOnce(db, account, changes, log)
  } catch (e) {
    // Two pushes claiming the same changeIds in opposite orders (a retry racing its original):
    // PostgreSQL ends one of them; run it again, now that the other has committed.
    if ((e as { code?: string }).code !== '40P01') throw e
    return pushOnce(db, account, changes, log)
  }
}

function pushOnce(
  db: Database,
  account: Account,
  changes: readonly unknown[],
  log: PushLog,
): Promise<{ results: ChangeResult[]; seq: number }> {
  return db.asAccount(account.id, async (c) => {
    // The transaction's write mark, before any seq is taken (server/db/sql/006-write-marks.sql).
    await c.query('select app_write_order()')
    const results: ChangeResult[] = []
    for (const raw of changes) results.push(await pushOne(c, account, raw, log))
    const { rows } = await c.query<{ seq: number }>('select last_value as seq from change_seq')
    return { results, seq: rows[0]!.seq }
  })
}

async function pushOne(c: Client, account: Account, raw: unknown, log: PushLog): Promise<ChangeResult> {
  if (!hasChangeId(raw)) return { changeId: '', status: 'refused', reason: reason('invalid'), row: null }
  const changeId = raw.changeId
  await c.query('savepoint change')
  const claimed = await c.query(
    'insert into applied_changes (change_id, account_id) values ($1, $2) on conflict do nothing',
    [changeId, account.id],
  )
  if (!claimed.rowCount) {
    const { rows } = await c.query<{ accountId: string; result: ChangeResult }>(
      'select account_id as "accountId", result from applied_changes where change_id = $1',
      [changeId],
    )
    await c.query('release savepoint change')
    const prev = rows[0]!
    if (prev.accountId !== account.id) {
      return { changeId, status: 'refused', reason: reason('foreign_change_id'), row: null }
    }
    // Applied before: say so. Refused before: refused still (the client must roll back either way).
    return prev.result.status === 'refused' ? prev.result : { ...prev.result, status: 'duplicate' }
  }
  let result: ChangeResult
  try {
    const change = parseChange(raw)
    const seq = await applyChange(c, account, change)
    result = { changeId, status: 'applied', seq }
    await c.query('update applied_changes set result = $2 where change_id = $1', [changeId, result])
    await c.query('release savepoint change')
    return result
  } catch (e) {
    let why = refusalOf(e)
    if (!why) {
      log.error({ err: e, changeId }, 'push: unexpected error')
      why = reason('invalid')
    }
    await c.query('rollback to savepoint change')
    const table = isSyncedTable(raw.table) ? SYNCED_TABLES[raw.table] : null
    const row =
      table && typeof raw.id === 'string' ? ((await currentRow(c, table, raw.id))?.data ?? null) : null
    result = { changeId, status: 'refused', reason: why, row }
    await c.query('insert into applied_changes (change_id, account_id, result) values ($1, $2, $3)', [
      changeId,
      account.id,
      result,
    ])
    await c.query('release savepoint change')
    return result
  }
}
