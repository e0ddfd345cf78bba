// Who sees and writes what, through the API: a county sees itself only, its prefecture sees both
// counties, nobody writes a row of another unit.
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
  ;[c1, c2, pref] = await Promise.all([s.login('c1-admin'), s.login('c2-admin'), s.login('pref-admin')])
  const a = await pushAs(s, c1, [
    change('sheets', 's-c1', 'put', sheetRow('s-c1', 'c1', 2025)),
    change('progress', 'p-c1', 'put', progressRow('p-c1', 'c1', 's-c1', '12')),
  ])
  const b = await pushAs(s, c2, [change('sheets', 's-c2', 'put', sheetRow('s-c2', 'c2', 2025))])
  const p = await pushAs(s, pref, [change('sheets', 's-pref', 'put', sheetRow('s-pref', 'pref', 2025))])
  expect([...a, ...b, ...p].map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied'])
})
afterAll(() => s.close())

const idsOf = (body: { changes: { table: string; id: string }[] }) =>
  body.changes.map((c) => `${c.table}:${c.id}`)

describe('reading', () => {
  it('a county pulls its own unit and rows, not its sibling nor its parent', async () => {
    const r = await s.api(c1, 'GET', '/api/sync/pull?since=0')
    expect(r.status).toBe(200)
    expect(idsOf(r.body).sort()).toEqual(['progress:p-c1', 'sheets:s-c1', 'units:c1'])
  })

  it('the prefecture pulls itself and both counties', async () => {
    const r = await s.api(pref, 'GET', '/api/sync/pull?since=0')
    expect(idsOf(r.body).sort()).toEqual([
      'progress:p-c1',
      'sheets:s-c1',
      'sheets:s-c2',
      'sheets:s-pref',
      'units:c1',
      'units:c2',
      'units:pref',
    ])
  })

  it('me lists the visible units: a county its own, the prefecture three', async () => {
    const mine = await s.api(c2, 'GET', '/api/auth/me')
    expect(mine.body.account).toMatchObject({ login: 'c2-admin', unitId: 'c2', role: 'admin' })
    expect(mine.body.units.map((u: { id: string }) => u.id)).toEqual(['c2'])
    const theirs = await s.api(pref, 'GET', '/api/auth/me')
    expect(theirs.body.units.map((u: { id: string }) => u.id)).toEqual(['c1', 'c2', 'pref'])
  })

  it('asking for a sibling county by name is refused, not answered empty', async () => {
    const r = await s.api(c1, 'GET', '/api/sync/pull?since=0&units=c2')
    expect(r.status).toBe(403)
    expect(r.body.error.code).toBe('forbidden')
    expect(r.body.error.zh).toBe('无权执行此操作。')
  })
})

describe('writing', () => {
  it("a county cannot create a row in its sibling's unit or its parent's", async () => {
    const [sib, parent] = await pushAs(s, c1, [
      change('progress', 'p-x1', 'put', progressRow('p-x1', 'c2', 's-c2', '5')),
      change('sheets', 's-x2', 'put', sheetRow('s-x2', 'pref', 2025)),
    ])
    expect(sib).toMatchObject({ status: 'refused', reason: { code: 'forbidden' }, row: null })
    expect(parent).toMatchObject({ status: 'refused', reason: { code: 'forbidden' }, row: null })
    const r = await s.api(pref, 'GET', '/api/sync/pull?since=0')
    expect(idsOf(r.body)).not.toContain('progress:p-x1')
    expect(idsOf(r.body)).not.toContain('sheets:s-x2')
  })

  it("a county cannot change its parent's row, and is not told it exists", async () => {
    const [r] = await pushAs(s, c1, [change('sheets', 's-pref', 'patch', { name: '改名' })])
    expect(r).toMatchObject({ status: 'refused', reason: { code: 'not_found' }, row: null })
    // A put of the same id cannot overwrite it either (the id is taken in a unit it cannot see).
    const [p] = await pushAs(s, c1, [change('sheets', 's-pref', 'put', sheetRow('s-pref', 'c1', 2025))])
    expect(p).toMatchObject({ status: 'refused', reason: { code: 'forbidden' }, row: null })
    const seen = await s.api(pref, 'GET', '/api/sync/pull?since=0&units=pref')
    const sheet = seen.body.changes.find((c: { id: string }) => c.id === 's-pref')
    expect(sheet.row.name).toBe('pref 2025 部门整体')
    expect(sheet.row.unitId).toBe('pref')
  })

  it("the prefecture's admin sees a county's row but cannot change it: refused with the row as it is", async () => {
    const [r] = await pushAs(s, pref, [change('progress', 'p-c1', 'patch', { value: '99' })])
    expect(r.status).toBe('refused')
    expect(r.reason?.code).toBe('forbidden')
    expect(r.row).toMatchObject({ id: 'p-c1', unitId: 'c1', value: '12' })
  })

  it('a row cannot be moved to another unit', async () => {
    const [r] = await pushAs(s, c1, [change('progress', 'p-c1', 'patch', { unitId: 'c2' })])
    expect(r).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
    expect(r.row.unitId).toBe('c1')
  })

  it('roles: an entry account logs progress but cannot edit targets; a leader writes nothing', async () => {
    const entry = await s.login('c1-entry')
    const leader = await s.login('c1-leader')
    const [ok, target] = await pushAs(s, entry, [
      change('progress', 'p-e1', 'put', progressRow('p-e1', 'c1', 's-c1', '3')),
      change('indicators', 'i-e1', 'put', { id: 'i-e1', unitId: 'c1', sheetId: 's-c1', name: '指标' }),
    ])
    expect(ok.status).toBe('applied')
    expect(target).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
    const [l] = await pushAs(s, leader, [
      change('progress', 'p-l1', 'put', progressRow('p-l1', 'c1', 's-c1', '1')),
    ])
    expect(l).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
  })

  it("an entry account may write a sheet's goal outcomes, nothing else of it", async () => {
    const entry = await s.login('c1-entry')
    const [ok, name] = await pushAs(s, entry, [
      change('sheets', 's-c1', 'patch', { goalOutcomes: ['完成'] }),
      change('sheets', 's-c1', 'patch', { name: '改名' }),
    ])
    expect(ok.status).toBe('applied')
    expect(name).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
    expect(name.row).toMatchObject({ name: 'c1 2025 部门整体', goalOutcomes: ['完成'] })
  })

  it('the server stamps updatedAt and updatedBy, whatever the device sent', async () => {
    const [r] = await pushAs(s, c1, [
      change('progress', 'p-st', 'put', {
        ...progressRow('p-st', 'c1', 's-c1', '1'),
        updatedBy: 'someone-else',
        updatedAt: '2000-01-01T00:00:00.000Z',
      }),
    ])
    expect(r.status).toBe('applied')
    const pulled = await s.api(c1, 'GET', `/api/sync/pull?since=${r.seq! - 1}`)
    const row = pulled.body.changes[0].row
    expect(row.updatedBy).toBe(s.accountIds['c1-admin'])
    expect(row.updatedAt).not.toBe('2000-01-01T00:00:00.000Z')
    expect(row.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })
})
