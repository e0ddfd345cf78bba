// A transaction that took its seq early but commits late is not stepped over by a pull: rows of
// later commits wait until it ends (server/db/sql/006-write-marks.sql).
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

const ids = (body: { changes: { id: string }[] }) => body.changes.map((c) => c.id)

describe('late commits', () => {
  it('a pull holds back what committed after a still-open writer, and delivers both once it commits', async () => {
    const start = await s.api(c1, 'GET', '/api/sync/pull?since=0')
    const since = start.body.next

    // A slow writer (as the app role, like a long push): takes seq first, commits last.
    const slow = new pg.Client({ connectionString: s.appUrl })
    await slow.connect()
    await slow.query('begin')
    await slow.query("select set_config('app.account_id', $1, true)", [s.accountIds['c1-admin']])
    const { rows } = await slow.query<{ seq: number }>(
      `insert into rows_progress (id, data) values ('slow', $1) returning seq`,
      [progressRow('slow', 'c1', 'sh', '1')],
    )
    // A fast push commits meanwhile, with a higher seq.
    const [fast] = await pushAs(s, c1, [
      change('progress', 'fast', 'put', progressRow('fast', 'c1', 'sh', '2')),
    ])
    expect(fast!.seq).toBeGreaterThan(rows[0]!.seq)

    const during = await s.api(c1, 'GET', `/api/sync/pull?since=${since}`)
    // Neither: 'slow' is not committed, and 'fast' is above the slow writer's mark.
    expect(ids(during.body)).toEqual([])
    expect(during.body.next).toBe(since)

    await slow.query('commit')
    await slow.end()
    const after = await s.api(c1, 'GET', `/api/sync/pull?since=${during.body.next}`)
    expect(ids(after.body)).toEqual(['slow', 'fast'])
  })
})
