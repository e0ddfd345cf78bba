// What a pull returns: seq order, since/limit paging, narrowed by year and by units.
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
let c2: string
let pref: string

beforeAll(async () => {
  s = await startTestServer()
  ;[c1, c2, pref] = await Promise.all(['c1-admin', 'c2-admin', 'pref-admin'].map((l) => s.login(l)))
  await pushAs(s, c1, [
    change('sheets', 'c1-24', 'put', sheetRow('c1-24', 'c1', 2024)),
    change('sheets', 'c1-25', 'put', sheetRow('c1-25', 'c1', 2025)),
    change('progress', 'c1-24-p', 'put', progressRow('c1-24-p', 'c1', 'c1-24', '1')),
    change('progress', 'c1-25-p', 'put', progressRow('c1-25-p', 'c1', 'c1-25', '2')),
  ])
  await pushAs(s, c2, [
    change('sheets', 'c2-25', 'put', sheetRow('c2-25', 'c2', 2025)),
    change('progress', 'c2-25-p', 'put', progressRow('c2-25-p', 'c2', 'c2-25', '3')),
  ])
})
afterAll(() => s.close())

const ids = (body: { changes: { id: string }[] }) => body.changes.map((c) => c.id)

describe('pull', () => {
  it('is in seq order: the units (made first), then the rows in the order they were written', async () => {
    const r = await s.api(pref, 'GET', '/api/sync/pull?since=0')
    expect(ids(r.body)).toEqual([
      'pref',
      'c1',
      'c2',
      'c1-24',
      'c1-25',
      'c1-24-p',
      'c1-25-p',
      'c2-25',
      'c2-25-p',
    ])
    const seqs = r.body.changes.map((c: { seq: number }) => c.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    expect(r.body.more).toBe(false)
    expect(r.body.next).toBe(seqs[seqs.length - 1])
  })

  it('pages with limit: more says another page follows, next is where it starts', async () => {
    const first = await s.api(pref, 'GET', '/api/sync/pull?since=0&limit=4')
    expect(ids(first.body)).toEqual(['pref', 'c1', 'c2', 'c1-24'])
    expect(first.body.more).toBe(true)
    const second = await s.api(pref, 'GET', `/api/sync/pull?since=${first.body.next}&limit=4`)
    expect(ids(second.body)).toEqual(['c1-25', 'c1-24-p', 'c1-25-p', 'c2-25'])
    const third = await s.api(pref, 'GET', `/api/sync/pull?since=${second.body.next}&limit=4`)
    expect(ids(third.body)).toEqual(['c2-25-p'])
    expect(third.body.more).toBe(false)
    const none = await s.api(pref, 'GET', `/api/sync/pull?since=${third.body.next}`)
    expect(none.body).toEqual({ changes: [], next: third.body.next, more: false })
  })

  it('year=2025: that year’s sheets and their rows, plus the units', async () => {
    const r = await s.api(pref, 'GET', '/api/sync/pull?since=0&year=2025')
    expect(ids(r.body)).toEqual(['pref', 'c1', 'c2', 'c1-25', 'c1-25-p', 'c2-25', 'c2-25-p'])
  })

  it('units=c1 narrows the prefecture to one county', async () => {
    const r = await s.api(pref, 'GET', '/api/sync/pull?since=0&year=2024&units=c1')
    expect(ids(r.body)).toEqual(['c1', 'c1-24', 'c1-24-p'])
  })

  it('a county’s pull holds nothing of its sibling, whatever it asks', async () => {
    const r = await s.api(c1, 'GET', '/api/sync/pull?since=0&year=2025')
    expect(ids(r.body)).toEqual(['c1', 'c1-25', 'c1-25-p'])
    expect((await s.api(c1, 'GET', '/api/sync/pull?since=0&units=c1,c2')).status).toBe(403)
    expect((await s.api(c1, 'GET', '/api/sync/pull?since=0&units=pref')).status).toBe(403)
  })

  it('a row written before its sheet gets the year when the sheet arrives', async () => {
    const [p] = await pushAs(s, c1, [
      change('progress', 'early', 'put', progressRow('early', 'c1', 'late-sheet', '9')),
    ])
    expect(p!.status).toBe('applied')
    const before = await s.api(c1, 'GET', '/api/sync/pull?since=0&year=2026')
    expect(ids(before.body)).toEqual(['c1'])
    await pushAs(s, c1, [change('sheets', 'late-sheet', 'put', sheetRow('late-sheet', 'c1', 2026))])
    const after = await s.api(c1, 'GET', '/api/sync/pull?since=0&year=2026')
    expect(ids(after.body)).toEqual(['c1', 'late-sheet', 'early'])
  })

  it('evidence of an owner without a sheet comes with every year', async () => {
    const meta = (id: string, sheetId: string | null) => ({
      id,
      unitId: 'c1',
      sheetId,
      ownerKind: 'sheet',
      ownerId: sheetId ?? 'none',
      name: `${id}.png`,
      type: 'image/png',
      size: 1,
      sha256: '0'.repeat(64),
    })
    await pushAs(s, c1, [
      change('attachmentMeta', 'a-none', 'put', meta('a-none', null)),
      change('attachmentMeta', 'a-24', 'put', meta('a-24', 'c1-24')),
    ])
    const r = await s.api(c1, 'GET', '/api/sync/pull?since=0&year=2025')
    expect(ids(r.body)).toEqual(['c1', 'c1-25', 'c1-25-p', 'a-none'])
  })

  it('app_pull_page, called directly as perf_app, keeps to the caller’s subtree whatever units it is given', async () => {
    const page = (login: string, units: string[] | null) =>
      s.sqlAsApp(login, async (c) => {
        const { rows } = await c.query<{ id: string }>(
          'select id from app_pull_page(0, $1::text[], 100, 9223372036854775807, 2025)',
          [units],
        )
        return rows.map((r) => r.id)
      })
    expect(await page('c1-admin', ['c1', 'c2', 'pref'])).toEqual(['c1', 'c1-25', 'c1-25-p', 'a-none'])
    expect(await page('c1-admin', ['c2'])).toEqual([])
    expect(await page('pref-admin', ['c2'])).toEqual(['c2', 'c2-25', 'c2-25-p'])
  })
})
