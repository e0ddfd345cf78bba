// Applies one change as the signed-in account, inside the caller's savepoint. Plain writes go to
// the table (row-level security and the triggers decide); a sheet's status and a parent's override
// go to the workflow functions. Returns the seq the row has afterwards.
import type { Account } from '../auth/sessions'
import type { Client } from '../db/database'
import { withoutStamps, type Change } from './change'
import { Refusal } from './refusal'
import { SYNCED_TABLES } from './tables'

interface StoredRow {
  unitId: string
  seq: number
  data: Record<string, unknown>
}

export async function currentRow(c: Client, table: string, id: string): Promise<StoredRow | null> {
  const { rows } = await c.query<StoredRow>(
    `select unit_id as "unitId", seq, data from ${table} where id = $1`,
    [id],
  )
  return rows[0] ?? null
}

export async function applyChange(c: Client, account: Account, change: Change): Promise<number> {
  const table = SYNCED_TABLES[change.table]
  const existing = await currentRow(c, table, change.id)
  if (!existing) {
    if (change.op === 'patch') throw new Refusal('not_found')
    const data = { ...withoutStamps(change.data, false), id: change.id }
    if (isForeignOverride(change.table, data, account)) return override(c, change.id, data)
    const { rows } = await c.query<{ seq: number }>(
      `insert into ${table} (id, data) values ($1, $2) returning seq`,
      [change.id, data],
    )
    return rows[0]!.seq
  }

  const patch = withoutStamps(change.data, true)
  let seq = existing.seq
  if (change.table === 'sheets') {
    const to = patch.status
    if (to !== undefined && to !== (existing.data.status ?? 'draft'))
      seq = await routeStatus(c, change.id, existing, patch)
    delete patch.status
    // The review comment is written by the workflow only (sheet_return).
    delete patch.reviewComment
  }
  delete patch.statusReason
  if (isForeignOverride(change.table, existing.data, account)) {
    return override(c, change.id, { ...existing.data, ...patch })
  }
  if (Object.keys(patch).length === 0) return seq

  const updated = await c.query<{ seq: number }>(
    `update ${table} set data = pl_patch(data, $2) where id = $1 and pl_patch(data, $2) is distinct from data returning seq`,
    [change.id, patch],
  )
  if (updated.rowCount) return updated.rows[0]!.seq
  // Nothing written: either nothing would change (a re-sent put), or the policy hid the row from UPDATE.
  const { rows } = await c.query<{ same: boolean }>(
    `select pl_patch(data, $2) = data as same from ${table} where id = $1`,
    [change.id, patch],
  )
  if (rows[0]?.same) return seq
  throw new Refusal('forbidden')
}

/** An override row of a unit other than the account's own: a parent's reviewer at work. */
function isForeignOverride(table: string, data: Record<string, unknown>, account: Account): boolean {
  return table === 'assessments' && data.kind === 'override' && data.unitId !== account.unitId
}

async function override(c: Client, id: string, row: Record<string, unknown>): Promise<number> {
  const score = row.deletedAt ? null : row.score == null ? null : String(row.score)
  const { rows } = await c.query<{ data: { id?: string } | null }>(
    'select set_override($1, $2, $3, $4) as data',
    [row.indicatorId, score, row.reason ?? null, id],
  )
  return seqOf(c, 'rows_assessments', rows[0]?.data?.id ?? id)
}

async function seqOf(c: Client, table: string, id: string): Promise<number> {
  const { rows } = await c.query<{ seq: number }>(`select seq from ${table} where id = $1`, [id])
  return rows[0]?.seq ?? 0
}

/** A status change of a sheet, by its old and new value, through the matching workflow function. */
async function routeStatus(
  c: Client,
  id: string,
  existing: StoredRow,
  patch: Record<string, unknown>,
): Promise<number> {
  const from = existing.data.status ?? 'draft'
  const to = patch.status
  const comment = patch.reviewComment as { text?: unknown } | undefined
  const why =
    typeof patch.statusReason === 'string'
      ? patch.statusReason
      : typeof comment?.text === 'string'
        ? comment.text
        : null
  if (from === 'draft' && to === 'submitted') await c.query('select sheet_submit($1)', [id])
  else if (from === 'submitted' && to === 'draft') await c.query('select sheet_return($1, $2)', [id, why])
  else if (from === 'submitted' && to === 'locked') await c.query('select sheet_lock($1)', [id])
  else if (from === 'locked') await c.query('select sheet_unlock($1, $2)', [id, why])
  else throw new Refusal('status_workflow')
  return seqOf(c, 'rows_sheets', id)
}
