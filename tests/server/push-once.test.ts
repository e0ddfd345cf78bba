// A push is applied once per changeId, however often it is retried; one refused change leaves its
// neighbours alone; nothing is ever hard-deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import {
  change,
  progressRow,
  pushAs,
  sheetRow,
  startTestServer,
  type TestServer,
} from './helpers/test-server'

let s: TestServer
let c1: string

beforeAll(async () => {
  s = await startTestServer()
  c1 = await s.login('c1-admin')
  await pushAs(s, c1, [change('sheets', 'sh', 'put', sheetRow('sh', 'c1', 2025))])
})
afterAll(() => s.close())

async function auditCount(rowId: string): Promise<number> {
  const c = new pg.Client({ connectionString: s.adminUrl })
  await c.connect()
  const { rows } = await c.query<{ n: number }>('select count(*)::int as n from audit where row_id = $1', [
    rowId,
  ])
  await c.end()
  return rows[0]!.n
}

describe('retries', () => {
  it('a retried push (lost answer) is reported as duplicate and not applied again', async () => {
    const first = change('progress', 'p1', 'put', progressRow('p1', 'c1', 'sh', '10'))
    const second = change('progress', 'p1', 'patch', { value: '20' })
    const [a] = await pushAs(s, c1, [first])
    const [b] = await pushAs(s, c1, [second])
    expect(a!.status).toBe('applied')
    expect(b!.status).toBe('applied')
    // The first push is sent again, as after a lost response: it must not put 10 back.
    const [again] = await pushAs(s, c1, [first])
    expect(again).toMatchObject({ changeId: first.changeId, status: 'duplicate', seq: a!.seq })
    const pulled = await s.api(c1, 'GET', `/api/sync/pull?since=0`)
    const row = pulled.body.changes.find((c: { id: string }) => c.id === 'p1').row
    expect(row.value).toBe('20')
    // Two writes, two audit rows: the retry wrote nothing.
    expect(await auditCount('p1')).toBe(2)
  })

  it('the same changeId twice in one push is applied once', async () => {
    const ch = change('progress', 'p2', 'put', progressRow('p2', 'c1', 'sh', '5'))
    const [a, b] = await pushAs(s, c1, [ch, ch])
    expect(a!.status).toBe('applied')
    expect(b!.status).toBe('duplicate')
    expect(await auditCount('p2')).toBe(1)
  })

  it('a refused change stays refused when retried, with its reason', async () => {
    const bad = change('progress', 'px', 'put', progressRow('px', 'c2', 'sh', '1'))
    const [a] = await pushAs(s, c1, [bad])
    const [b] = await pushAs(s, c1, [bad])
    expect(a!.reason?.code).toBe('forbidden')
    expect(b).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
  })

  it('another account cannot reuse a changeId', async () => {
    const ch = change('progress', 'p3', 'put', progressRow('p3', 'c1', 'sh', '1'))
    await pushAs(s, c1, [ch])
    const other = await s.login('c1-entry')
    const [r] = await pushAs(s, other, [ch])
    expect(r).toMatchObject({ status: 'refused', reason: { code: 'foreign_change_id' } })
  })

  it('one refused change in a batch leaves its neighbours applied', async () => {
    const results = await pushAs(s, c1, [
      change('progress', 'n1', 'put', progressRow('n1', 'c1', 'sh', '1')),
      change('progress', 'n2', 'patch', { value: '2' }), // does not exist
      change('nonsense', 'n3', 'put', {}),
      change('progress', 'n4', 'put', progressRow('n4', 'c1', 'sh', '4')),
    ])
    expect(results.map((r) => r.status)).toEqual(['applied', 'refused', 'refused', 'applied'])
    expect(results.map((r) => r.reason?.code ?? null)).toEqual([null, 'not_found', 'unknown_table', null])
  })

  it('more than 500 changes in one push are refused as a whole', async () => {
    const changes = Array.from({ length: 501 }, (_, i) =>
      change('progress', `m${i}`, 'put', progressRow(`m${i}`, 'c1', 'sh', '1')),
    )
    const r = await s.api(c1, 'POST', '/api/sync/push', { changes })
    expect(r.status).toBe(413)
    expect(r.body.error.code).toBe('too_many_changes')
  })

  it('patches merge field by field, dotted paths included', async () => {
    const [a, b] = await pushAs(s, c1, [
      change('sheets', 'sh', 'patch', { 'budget.adjusted': '150' }),
      change('sheets', 'sh', 'patch', { 'funds.other': '50', name: '新名称' }),
    ])
    expect([a!.status, b!.status]).toEqual(['applied', 'applied'])
    const pulled = await s.api(c1, 'GET', `/api/sync/pull?since=${b!.seq! - 1}`)
    const row = pulled.body.changes[0].row
    expect(row.budget).toEqual({ initial: '100', adjusted: '150' })
    expect(row.funds).toEqual({ fiscal: '100', other: '50' })
    expect(row.name).toBe('新名称')
  })

  it('concurrent pushes of different fields of one row all land (two devices, one row)', async () => {
    const fields = Array.from({ length: 12 }, (_, i) => `field${i}`)
    await Promise.all(
      fields.map((f, i) => pushAs(s, c1, [change('sheets', 'sh', 'patch', { [`extra.${f}`]: String(i) })])),
    )
    const pulled = await s.api(c1, 'GET', '/api/sync/pull?since=0')
    const row = pulled.body.changes.find((c: { id: string }) => c.id === 'sh').row
    expect(row.extra).toEqual(Object.fromEntries(fields.map((f, i) => [f, String(i)])))
  })

  it('a re-sent put that changes nothing writes nothing', async () => {
    const [a] = await pushAs(s, c1, [change('progress', 'same', 'put', progressRow('same', 'c1', 'sh', '7'))])
    const [b] = await pushAs(s, c1, [change('progress', 'same', 'put', progressRow('same', 'c1', 'sh', '7'))])
    expect(b).toMatchObject({ status: 'applied', seq: a!.seq })
    expect(await auditCount('same')).toBe(1)
  })
})

describe('never hard-deleted', () => {
  it('deletion through sync is a soft delete: the row stays, with deletedAt, and is pulled', async () => {
    const [d] = await pushAs(s, c1, [
      change('progress', 'p2', 'patch', { deletedAt: '2025-04-01T08:00:00.000Z' }),
    ])
    expect(d!.status).toBe('applied')
    const pulled = await s.api(c1, 'GET', `/api/sync/pull?since=${d!.seq! - 1}`)
    expect(pulled.body.changes[0]).toMatchObject({
      id: 'p2',
      row: { deletedAt: '2025-04-01T08:00:00.000Z', value: '5' },
    })
  })

  it('there is no delete operation', async () => {
    const [r] = await pushAs(s, c1, [{ ...change('progress', 'p1', 'put', {}), op: 'delete' }])
    expect(r).toMatchObject({ status: 'refused', reason: { code: 'unknown_op' } })
  })

  it('the app role cannot DELETE or TRUNCATE, and even the owner’s DELETE is refused by a trigger', async () => {
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(c.query(`delete from rows_progress where id = 'p1'`)).rejects.toThrow(/permission denied/)
    })
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(c.query('truncate rows_progress')).rejects.toThrow(/permission denied/)
    })
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(c.query(`update audit set reason = 'x'`)).rejects.toThrow(/permission denied/)
    })
    const owner = new pg.Client({ connectionString: s.adminUrl })
    await owner.connect()
    try {
      await expect(owner.query(`delete from rows_progress where id = 'p1'`)).rejects.toThrow(/forbidden/)
      await expect(owner.query(`delete from audit`)).rejects.toThrow(/forbidden/)
      const { rows } = await owner.query(`select count(*)::int as n from rows_progress where id = 'p1'`)
      expect(rows[0].n).toBe(1)
    } finally {
      await owner.end()
    }
  })
})
