// Push, pull and their edges against the in-memory server: applied once when retried, pulled rows
// not echoed, unsent edits kept on top of pulled rows, refusals rolled back and listed.
import { afterEach, describe, expect, it } from 'vitest'
import { updateProgress } from '@/db/progress'
import { updateSheet } from '@/db/sheets'
import type { SyncClient } from '@/db/sync/client'
import { lastSeqKey, readSyncValue } from '@/db/sync/state'
import { worldWithData } from '../helpers'
import { fakeServer } from './fake-server'
import { connect, outbox } from './helpers'

let clients: SyncClient[] = []
afterEach(() => {
  for (const c of clients) c.close()
  clients = []
})

async function connected() {
  const w = await worldWithData()
  const server = fakeServer()
  const client = await connect(w.db, server)
  clients.push(client)
  await client.request()
  return { ...w, server, client }
}

describe('sync client', () => {
  it('pushes a local edit as a patch and empties the outbox once the server has answered', async () => {
    const { db, server, client } = await connected()
    const actor = client.actor()!
    await updateProgress(db, actor, 'e-001', { value: '7' })
    expect(await outbox(db)).toHaveLength(1)
    await client.request()
    expect(await outbox(db)).toEqual([])
    const last = server.pushes.at(-1)!
    expect(last.map((c) => [c.table, c.id, c.op, c.data.value])).toEqual([
      ['progress', 'e-001', 'patch', '7'],
    ])
    expect(server.rows.get('progress/e-001')!.row.value).toBe('7')
    expect(client.state).toMatchObject({ phase: 'synced', pending: 0, rejected: 0 })
  })

  it('a batch whose response was lost is re-sent with the same change ids and applied once', async () => {
    const { db, server, client } = await connected()
    await updateProgress(db, client.actor()!, 'e-001', { note: '一次' })
    const seqBefore = server.seq
    server.loseNextResponse = true
    await client.request()
    expect(client.state.phase).toBe('offline')
    expect(server.seq).toBe(seqBefore + 1) // applied on the server…
    expect(await outbox(db)).toHaveLength(1) // …but unanswered here, so kept
    await client.request()
    const [first, second] = server.pushes.slice(-2)
    expect(second.map((c) => c.changeId)).toEqual(first.map((c) => c.changeId))
    expect(server.seq).toBe(seqBefore + 1) // the retry changed nothing more
    expect(await outbox(db)).toEqual([])
  })

  it("another device's change is pulled into the table, and not sent back", async () => {
    const { db, server, client } = await connected()
    const stored = server.rows.get('progress/e-001')!.row
    server.write('progress', { ...stored, note: '另一台设备' })
    const pushesBefore = server.pushes.length
    await client.request()
    expect((await db.progress.get('e-001'))!.note).toBe('另一台设备')
    expect(await outbox(db)).toEqual([])
    await client.request()
    expect(server.pushes.slice(pushesBefore).flat()).toEqual([])
    expect(await readSyncValue(db, lastSeqKey(2025))).toBe(server.seq)
  })

  it('an edit not yet sent stays on top of a pulled row; the other field of the pulled row merges in', async () => {
    const { db, server, client } = await connected()
    server.offline = true
    await updateProgress(db, client.actor()!, 'e-001', { value: '5' })
    await client.request()
    expect(client.state).toMatchObject({ phase: 'offline', pending: 1 })
    // Meanwhile another device changed the note and the value.
    const stored = server.rows.get('progress/e-001')!.row
    server.write('progress', { ...stored, note: '别处改的', value: '3' })
    server.offline = false
    // Pull first (as an SSE event would), before this device's push has gone.
    const { pullOnce } = await import('@/db/sync/pull')
    const { SyncApi } = await import('@/db/sync/api')
    await pullOnce(db, new SyncApi({ base: 'http://fake', token: 'tok', fetch: server.fetch }), 2025)
    expect(await db.progress.get('e-001')).toMatchObject({ note: '别处改的', value: '5' })
    await client.request()
    // The same field: the last to reach the server wins (this device's, sent after).
    expect(server.rows.get('progress/e-001')!.row).toMatchObject({ note: '别处改的', value: '5' })
    expect(await db.progress.get('e-001')).toMatchObject({ note: '别处改的', value: '5' })
  })

  it('a refused change is rolled back to the server row and listed with the reason', async () => {
    const { db, server, client } = await connected()
    server.refuse = (c) =>
      c.table === 'sheets'
        ? { code: 'sheet_locked', zh: '表已锁定，不能修改。', en: 'The sheet is locked.' }
        : null
    await updateSheet(db, client.actor()!, 'kz-2025-proj-1', { owner: '改了' })
    expect((await db.sheets.get('kz-2025-proj-1'))!.owner).toBe('改了')
    await client.request()
    expect((await db.sheets.get('kz-2025-proj-1'))!.owner).toBe('罗菲菲')
    const rejects = await client.rejects()
    expect(rejects).toHaveLength(1)
    expect(rejects[0]).toMatchObject({
      table: 'sheets',
      rowId: 'kz-2025-proj-1',
      data: { owner: '改了' },
      reason: { code: 'sheet_locked', zh: '表已锁定，不能修改。' },
    })
    expect(client.state).toMatchObject({ pending: 0, rejected: 1 })
    // The rollback itself is not recorded as a change.
    expect(await outbox(db)).toEqual([])
    await client.dismissRejects()
    expect(client.state.rejected).toBe(0)
  })

  it('a refused new row the server does not have is removed here (and listed)', async () => {
    const { db, server, client } = await connected()
    server.refuse = (c) => (c.op === 'put' ? { code: 'forbidden', zh: '无权', en: 'Forbidden' } : null)
    const { addProgress } = await import('@/db/progress')
    const row = (await addProgress(db, client.actor()!, {
      indicatorId: 'p1-i1',
      date: '2025-05-01',
      value: '1',
    })).entry
    await client.request()
    expect(await db.progress.get(row.id)).toBeUndefined()
    expect((await client.rejects()).map((r) => [r.rowId, r.reason.code])).toEqual([[row.id, 'forbidden']])
  })

  it('pushes in batches of at most 500, in the order the changes were made', async () => {
    const { db, server, client } = await connected()
    const actor = client.actor()!
    for (let i = 0; i < 501; i++) await updateProgress(db, actor, 'e-001', { value: String(i) })
    await client.request()
    const sizes = server.pushes.slice(-2).map((p) => p.length)
    expect(sizes).toEqual([500, 1])
    expect(server.rows.get('progress/e-001')!.row.value).toBe('500')
  })
})
