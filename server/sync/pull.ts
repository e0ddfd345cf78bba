// A pull: the rows changed since a seq, in seq order, within the account's units (narrowed by a
// unit list and a year). The subtree is read once and passed as a text[] parameter, which lets each
// table's (unit_id, seq) index answer; row-level security still applies underneath.
import type { Account } from '../auth/sessions'
import type { Database } from '../db/database'
import { httpError } from '../errors'
import { SYNCED_TABLES } from './tables'

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
    const params: unknown[] = [q.since, scope, q.limit + 1, h[0]!.horizon]
    if (q.year !== null) params.push(q.year)
    const parts = Object.entries(SYNCED_TABLES).map(([name, table]) => {
      // Evidence of an owner without a sheet has no year: it belongs to every year's pull.
      const byYear =
        q.year === null || name === 'units'
          ? ''
          : name === 'attachmentMeta'
            ? ' and (year = $5 or sheet_id is null)'
            : ' and year = $5'
      return `(select '${name}' as t, id, seq, data from ${table}
               where seq > $1 and seq < $4 and unit_id = any($2::text[])${byYear} order by seq limit $3)`
    })
    const { rows } = await c.query<{ t: string; id: string; seq: number; data: unknown }>(
      `${parts.join(' union all ')} order by seq limit $3`,
      params,
    )
    const page = rows.slice(0, q.limit)
    return {
      changes: page.map((r) => ({ table: r.t, id: r.id, seq: r.seq, row: r.data })),
      next: page.length ? page[page.length - 1]!.seq : q.since,
      more: rows.length > q.limit,
    }
  })
}
