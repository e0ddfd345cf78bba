// Approval up the tree and the lock, through the API and directly in SQL as the app role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  change,
  indicatorRow,
  progressRow,
  pushAs,
  sheetRow,
  startTestServer,
  type TestServer,
} from './helpers/test-server'

let s: TestServer
let c1Admin: string
let c1Reviewer: string
let prefAdmin: string
let prefReviewer: string

beforeAll(async () => {
  s = await startTestServer()
  ;[c1Admin, c1Reviewer, prefAdmin, prefReviewer] = await Promise.all(
    ['c1-admin', 'c1-reviewer', 'pref-admin', 'pref-reviewer'].map((l) => s.login(l)),
  )
  const setup = await pushAs(s, c1Admin, [
    change('sheets', 'sh1', 'put', sheetRow('sh1', 'c1', 2025)),
    change('indicators', 'sh1-i1', 'put', indicatorRow('sh1-i1', 'c1', 'sh1')),
    change('progress', 'pr1', 'put', progressRow('pr1', 'c1', 'sh1', '40')),
  ])
  const parent = await pushAs(s, prefAdmin, [change('sheets', 'shp', 'put', sheetRow('shp', 'pref', 2025))])
  expect([...setup, ...parent].every((r) => r.status === 'applied')).toBe(true)
})
afterAll(() => s.close())

const statusOf = async (token: string, id: string) => {
  const r = await s.api(token, 'GET', '/api/sync/pull?since=0')
  return r.body.changes.find((c: { id: string }) => c.id === id)?.row.status
}

describe('status only through the workflow', () => {
  it('a sheet pushed as locked is stored as a draft', async () => {
    const [r] = await pushAs(s, c1Admin, [
      change('sheets', 'sh-l', 'put', sheetRow('sh-l', 'c1', 2025, { status: 'locked' })),
    ])
    expect(r.status).toBe('applied')
    expect(await statusOf(c1Admin, 'sh-l')).toBe('draft')
  })

  it('the county submits; its own admin cannot lock; the parent reviewer locks', async () => {
    const [submit] = await pushAs(s, c1Admin, [change('sheets', 'sh1', 'patch', { status: 'submitted' })])
    expect(submit.status).toBe('applied')
    const [lockByAdmin] = await pushAs(s, c1Admin, [change('sheets', 'sh1', 'patch', { status: 'locked' })])
    expect(lockByAdmin).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
    expect(lockByAdmin.row.status).toBe('submitted')
    const [lock] = await pushAs(s, prefReviewer, [change('sheets', 'sh1', 'patch', { status: 'locked' })])
    expect(lock.status).toBe('applied')
    expect(await statusOf(c1Admin, 'sh1')).toBe('locked')
  })

  it('a locked sheet refuses writes to its rows through the API, with the row as the server has it', async () => {
    const [edit, create] = await pushAs(s, c1Admin, [
      change('progress', 'pr1', 'patch', { value: '41' }),
      change('progress', 'pr2', 'put', progressRow('pr2', 'c1', 'sh1', '1')),
    ])
    expect(edit).toMatchObject({
      status: 'refused',
      reason: { code: 'sheet_locked', zh: '该表已审核锁定，不能修改。' },
    })
    expect(edit.row.value).toBe('40')
    expect(create).toMatchObject({ status: 'refused', reason: { code: 'sheet_locked' }, row: null })
    const [sheet] = await pushAs(s, c1Admin, [change('sheets', 'sh1', 'patch', { name: '改名' })])
    expect(sheet.reason?.code).toBe('sheet_locked')
  })

  it('a locked sheet refuses writes in SQL itself, as the app role', async () => {
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(
        c.query(`update rows_progress set data = data || '{"value": "99"}' where id = 'pr1'`),
      ).rejects.toThrow('sheet_locked')
    })
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(
        c.query(
          `insert into rows_progress (id, data) values ('pr3', '{"unitId": "c1", "sheetId": "sh1", "value": "1"}')`,
        ),
      ).rejects.toThrow('sheet_locked')
    })
    // Even a status write by hand is refused: status changes only inside the workflow functions.
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(
        c.query(`update rows_sheets set data = data || '{"status": "draft"}' where id = 'sh1'`),
      ).rejects.toThrow('sheet_locked')
    })
  })

  it('a status written by hand on an open sheet is refused in SQL too', async () => {
    await s.sqlAsApp('c1-admin', async (c) => {
      await expect(
        c.query(`update rows_sheets set data = data || '{"status": "locked"}' where id = 'sh-l'`),
      ).rejects.toThrow('status_workflow')
    })
  })

  it('a county reviewer cannot lock (nor even see) the parent unit’s sheet', async () => {
    const [submit] = await pushAs(s, prefAdmin, [change('sheets', 'shp', 'patch', { status: 'submitted' })])
    expect(submit.status).toBe('applied')
    const [lock] = await pushAs(s, c1Reviewer, [change('sheets', 'shp', 'patch', { status: 'locked' })])
    expect(lock).toMatchObject({ status: 'refused', reason: { code: 'not_found' }, row: null })
    const direct = await s.api(c1Reviewer, 'POST', '/api/workflow/sheets/shp/lock', {})
    expect(direct.status).toBe(404)
    expect(await statusOf(prefAdmin, 'shp')).toBe('submitted')
  })

  it('unlock needs a reason; the parent reviewer unlocks with one, and the history shows who, at which level', async () => {
    const [noReason] = await pushAs(s, prefReviewer, [change('sheets', 'sh1', 'patch', { status: 'draft' })])
    expect(noReason).toMatchObject({ status: 'refused', reason: { code: 'reason_required' } })
    const [unlock] = await pushAs(s, prefReviewer, [
      change('sheets', 'sh1', 'patch', { status: 'draft', statusReason: '数据有误，退回修改' }),
    ])
    expect(unlock.status).toBe('applied')
    const h = await s.api(c1Admin, 'GET', '/api/workflow/sheets/sh1/history')
    expect(
      h.body.map((e: Record<string, string>) => [
        e.action,
        e.from,
        e.to,
        e.actorRole,
        e.actorUnitId,
        e.reason,
      ]),
    ).toEqual([
      ['submit', 'draft', 'submitted', 'admin', 'c1', null],
      ['lock', 'submitted', 'locked', 'reviewer', 'pref', null],
      ['unlock', 'locked', 'draft', 'reviewer', 'pref', '数据有误，退回修改'],
    ])
    expect(h.body[1].actorUnitName).toBe('市总工会')
    // Open again: the entry is writable.
    const [edit] = await pushAs(s, c1Admin, [change('progress', 'pr1', 'patch', { value: '41' })])
    expect(edit.status).toBe('applied')
  })

  it('return by the parent reviewer writes the review comment on the county’s sheet', async () => {
    await pushAs(s, c1Admin, [change('sheets', 'sh1', 'patch', { status: 'submitted' })])
    const r = await s.api(prefReviewer, 'POST', '/api/workflow/sheets/sh1/return', { reason: '请补充佐证' })
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('draft')
    expect(r.body.reviewComment).toMatchObject({ text: '请补充佐证', by: 'pref-reviewer' })
  })

  it('the parent reviewer overrides a county indicator’s score; a county reviewer cannot touch the parent’s', async () => {
    const [o] = await pushAs(s, prefReviewer, [
      change('assessments', 'ov1', 'put', {
        id: 'ov1',
        unitId: 'c1',
        sheetId: 'sh1',
        indicatorId: 'sh1-i1',
        kind: 'override',
        score: '18.5',
        reason: '复核调整',
      }),
    ])
    expect(o.status).toBe('applied')
    const pulled = await s.api(c1Admin, 'GET', `/api/sync/pull?since=${o.seq! - 1}`)
    expect(pulled.body.changes[0].row).toMatchObject({
      id: 'ov1',
      unitId: 'c1',
      kind: 'override',
      score: '18.5',
    })
    // The county's admin may not override (that is the reviewer's), not even its own unit's score.
    const [mine] = await pushAs(s, c1Admin, [change('assessments', 'ov1', 'patch', { score: '20' })])
    expect(mine).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } })
    expect(mine.row.score).toBe('18.5')

    await pushAs(s, prefAdmin, [
      change('indicators', 'shp-i1', 'put', indicatorRow('shp-i1', 'pref', 'shp')),
    ]).then((r) => expect(r[0]!.reason?.code ?? r[0]!.status).toBe('applied'))
    const up = await s.api(c1Reviewer, 'POST', '/api/workflow/overrides', {
      indicatorId: 'shp-i1',
      score: '1',
      reason: 'x',
    })
    expect(up.status).toBe(404)
  })
})
