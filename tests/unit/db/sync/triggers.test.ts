// What starts a round: a committed local write (debounced), a server event, coming back online.
import { afterEach, describe, expect, it } from 'vitest'
import { updateProgress } from '@/db/progress'
import { SyncClient } from '@/db/sync/client'
import type { EventSourceLike } from '@/db/sync/triggers'
import { worldWithData } from '../helpers'
import { fakeServer } from './fake-server'
import { outbox } from './helpers'

class FakeEvents implements EventSourceLike {
  listeners = new Map<string, () => void>()
  closed = false
  url = ''
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, listener)
  }
  close() {
    this.closed = true
  }
}

const until = async (ok: () => Promise<boolean> | boolean) => {
  for (let i = 0; i < 400; i++) {
    if (await ok()) return
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('timed out')
}

let client: SyncClient | null = null
afterEach(() => client?.close())

async function live() {
  const w = await worldWithData()
  const server = fakeServer()
  const events = new FakeEvents()
  client = new SyncClient(w.db, {
    year: () => 2025,
    fetch: server.fetch,
    eventSource: (url) => {
      events.url = url
      return events
    },
    debounceMs: 5,
    intervalMs: 1e9,
  })
  await client.confirm(await client.signIn('http://fake', 'zhang', 'pw'))
  await client.request()
  return { ...w, server, events, client }
}

describe('sync triggers', () => {
  it('a local write is pushed by itself shortly after it commits', async () => {
    const { db, server, client } = await live()
    await updateProgress(db, client.actor()!, 'e-001', { value: '4' })
    await until(async () => (await outbox(db)).length === 0)
    expect(server.rows.get('progress/e-001')!.row.value).toBe('4')
  })

  it('a server event pulls; the stream is the server’s /api/sync/events and closes on sign-out', async () => {
    const { db, server, events, client } = await live()
    expect(events.url).toBe('http://fake/api/sync/events')
    server.write('progress', { ...server.rows.get('progress/e-001')!.row, note: '推送来的' })
    events.listeners.get('change')!()
    await until(async () => (await db.progress.get('e-001'))!.note === '推送来的')
    await client.signOut()
    expect(events.closed).toBe(true)
  })
})

describe('unreachable server', () => {
  it('is tried again by itself after a second, without any other trigger', async () => {
    const { db, server, client } = await live()
    server.offline = true
    await updateProgress(db, client.actor()!, 'e-001', { value: '6' })
    await until(() => client.state.phase === 'offline')
    server.offline = false
    // No event, no online event, the 30 s timer far away: the retry alone brings it up.
    await until(async () => (await outbox(db)).length === 0)
    expect(server.rows.get('progress/e-001')!.row.value).toBe('6')
  })
})
