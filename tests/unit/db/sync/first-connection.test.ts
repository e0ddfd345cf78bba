// The first connection: what the browser holds of the account's unit goes up (previewed, nothing
// lost), the account becomes the author of every write, and signing out returns to local profiles.
import { afterEach, describe, expect, it } from 'vitest'
import { authorize } from '@/db/permissions'
import { listProfiles } from '@/db/profiles'
import { addProgress, updateProgress } from '@/db/progress'
import { getSetting, SETTING_KEYS } from '@/db/settings'
import type { SyncClient } from '@/db/sync/client'
import { worldWithData } from '../helpers'
import { ACCOUNT, fakeServer } from './fake-server'
import { clientOn, outbox } from './helpers'

let clients: SyncClient[] = []
afterEach(() => {
  for (const c of clients) c.close()
  clients = []
})

function track(c: SyncClient) {
  clients.push(c)
  return c
}

describe('first connection', () => {
  it('previews every live and deleted row of the unit, then uploads them all', async () => {
    const { db, admin } = await worldWithData()
    const { deleteProgress } = await import('@/db/progress')
    const extra = (await addProgress(db, admin, { indicatorId: 'p1-i1', date: '2025-04-01', value: '1' })).entry
    await deleteProgress(db, admin, extra.id)
    const server = fakeServer()
    const client = track(clientOn(db, server))
    const preview = await client.signIn('http://fake', 'zhang', 'pw')
    // The small package: 1 unit, 1 sheet, 2 indicators, 1 judgement, 1 spending, 2 progress (one deleted).
    expect(preview.perTable).toEqual({
      units: 1,
      sheets: 1,
      indicators: 2,
      progress: 2,
      spending: 1,
      assessments: 1,
    })
    expect(preview.total).toBe(8)
    expect(await outbox(db)).toEqual([]) // nothing kept before the confirmation
    await client.confirm(preview)
    await client.request()
    expect(server.rows.size).toBe(8)
    expect(server.rows.get(`progress/${extra.id}`)!.row.deletedAt).toEqual(expect.any(String))
  })

  it('a second device holding the same rows uploads nothing, and gets the first device’s edits', async () => {
    const server = fakeServer()
    const one = await worldWithData()
    const c1 = track(clientOn(one.db, server))
    await c1.confirm(await c1.signIn('http://fake', 'zhang', 'pw'))
    await updateProgress(one.db, c1.actor()!, 'e-001', { note: '第一台改的' })
    await c1.request()

    const two = await worldWithData()
    const c2 = track(clientOn(two.db, server))
    const preview = await c2.signIn('http://fake', 'zhang', 'pw')
    expect(preview.total).toBe(0)
    await c2.confirm(preview)
    expect((await two.db.progress.get('e-001'))!.note).toBe('第一台改的')
    // Each device's import gave the judgement its own id: device two now has the server's one only.
    const serverJudgement = [...server.rows.values()].find((r) => r.table === 'assessments')!
    expect((await two.db.assessments.toArray()).map((a) => a.id)).toEqual([serverJudgement.id])
  })

  it('a row edited here after the server’s copy goes up as a patch of the fields that differ', async () => {
    const server = fakeServer()
    const one = await worldWithData()
    const c1 = track(clientOn(one.db, server))
    await c1.confirm(await c1.signIn('http://fake', 'zhang', 'pw'))
    await c1.request()
    const two = await worldWithData()
    await updateProgress(two.db, two.entry, 'e-001', { value: '4' })
    const c2 = track(clientOn(two.db, server))
    const preview = await c2.signIn('http://fake', 'zhang', 'pw')
    expect(preview.total).toBe(1)
    await c2.confirm(preview)
    const [only] = await outbox(two.db)
    expect(only).toMatchObject({ op: 'patch', rowId: 'e-001', data: { value: '4' } })
    expect(Object.keys(only.data)).toEqual(['value'])
    expect((await two.db.progress.get('e-001'))!.value).toBe('4') // the server's older copy did not win
  })

  it('an entry account uploads only what its role may write; the rest stays here', async () => {
    const { db } = await worldWithData()
    const server = fakeServer({ ...ACCOUNT, role: 'entry' })
    const client = track(clientOn(db, server))
    const preview = await client.signIn('http://fake', 'li', 'pw')
    expect(preview.perTable).toEqual({ progress: 1, spending: 1, assessments: 1 })
    await client.confirm(preview)
    expect(await db.sheets.count()).toBe(1)
  })

  it('signing in makes the account the author (its role is what authorize sees); signing out returns', async () => {
    const { db, admin } = await worldWithData()
    const { login } = await import('@/db/profiles')
    await login(db, admin.id)
    const server = fakeServer({ ...ACCOUNT, role: 'entry' })
    const client = track(clientOn(db, server))
    await client.confirm(await client.signIn('http://fake', 'li', 'pw'))
    expect(await getSetting(db, SETTING_KEYS.currentProfileId)).toBe(ACCOUNT.id)
    const who = await authorize(db, client.actor()!, 'progress.write')
    expect(who).toEqual({ id: ACCOUNT.id, name: ACCOUNT.name, role: 'entry' })
    await expect(authorize(db, client.actor()!, 'target.edit')).rejects.toThrow()
    const row = await updateProgress(db, client.actor()!, 'e-001', { value: '2' })
    expect(row.updatedBy).toBe(ACCOUNT.id)

    expect(await client.signOut()).toBe(admin.id)
    expect(await getSetting(db, SETTING_KEYS.currentProfileId)).toBe(admin.id)
    expect((await listProfiles(db)).map((p) => p.id)).not.toContain(ACCOUNT.id)
    // Offline-only again: nothing is recorded.
    const before = (await outbox(db)).length
    await updateProgress(db, admin, 'e-001', { value: '3' })
    expect(await outbox(db)).toHaveLength(before)
  })

  it('resume() at start-up picks the saved connection up and records again', async () => {
    const { db } = await worldWithData()
    const server = fakeServer()
    const first = track(clientOn(db, server))
    await first.confirm(await first.signIn('http://fake', 'zhang', 'pw'))
    await first.request()
    first.close() // the page closes
    await updateProgress(db, first.actor()!, 'e-001', { value: '8' })
    expect(await outbox(db)).toEqual([]) // closed: not recording
    const again = track(clientOn(db, server))
    expect(await again.resume()).toBe(true)
    await updateProgress(db, again.actor()!, 'e-001', { value: '9' })
    await again.request()
    expect(server.rows.get('progress/e-001')!.row.value).toBe('9')
  })
})
