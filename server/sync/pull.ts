// A pull: the rows changed since a seq, in seq order, within the account's units (narrowed by a
// unit list and a year). The subtree is read once here to refuse units outside it (403); the page is
// read by app_pull_page, which works out the subtree again in the database and filters by it.
import type { Account } from '../auth/sessions'
import type { Database } from '../db/database'
import { httpError } from '../errors'

export interface PullQuery {
  since: number
  limit: number
  year: number | null
  units: string[] | null
}

export interface PulledChange {
  table: string
  id: string
  seq: number
  row: unknown
}

export const MAX_PULL = 5000
export const DEFAULT_PULL = 2000

export async function pull(
  db: Database,
  account: Account,
  q: PullQuery,
): Promise<{ changes: PulledChange[]; next: number; more: boolean }> {
  return db.asAccount(account.id, async (c) => {
    const { rows: v } = await c.query<{ units: string[] }>('select app_visible_units() as units')
    const visible = new Set(v[0]!.units)
    const scope = q.units ?? [...visible]
    if (q.units?.some((u) => !visible.has(u))) throw httpError(403, 'forbidden')
    // In this order, as separate statements: the sequence's last value, then the marks of the
    // transactions still writing (server/db/sql/006-write-marks.sql). Rows at or above the horizon
    // wait for the next pull, so a transaction that commits late is never stepped over.
    const { rows: seqRows } = await c.query<{ v: number }>('select last_value as v from change_seq')
    const { rows: h } = await c.query<{ horizon: number }>('select app_pull_horizon($1) as horizon', [
      seqRows[0]!.v,
    ])
    // The page itself comes from app_pull_page (server/db/sql/007-pull-function.sql), which narrows
    // the units to the caller's subtree in the database and lets the planner see that list.
    const { rows } = await c.query<{ t: string; id: string; seq: number; data: unknown }>(
      'select t, id, seq, data from app_pull_page($1, $2::text[], $3, $4, $5)',
      [q.since, scope, q.limit + 1, h[0]!.horizon, q.year],
    )
    const page = rows.slice(0, q.limit)
    return {
      changes: page.map((r) => ({ table: r.t, id: r.id, seq: r.seq, row: r.data })),
      next: page.length ? page[page.length - 1]!.seq : q.since,
      more: rows.length > q.limit,
    }
  })
}
