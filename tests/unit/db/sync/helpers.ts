import type { LedgerDb } from '@/db/database'
import { SyncClient } from '@/db/sync/client'
import type { OutboxRow } from '@/db/sync/types'
import type { FakeServer } from './fake-server'

/** A client on the fake server, with its triggers idle: the tests run each round themselves. */
export function clientOn(db: LedgerDb, server: FakeServer, year = 2025): SyncClient {
  return new SyncClient(db, {
    year: () => year,
    fetch: server.fetch,
    eventSource: null,
    debounceMs: 1e9,
    intervalMs: 1e9,
  })
}

/** Signs in and confirms the first upload, as the settings page does. */
export async function connect(db: LedgerDb, server: FakeServer): Promise<SyncClient> {
  const client = clientOn(db, server)
  const preview = await client.signIn('http://fake', 'zhang', 'pw')
  await client.confirm(preview)
  return client
}

export function outbox(db: LedgerDb): Promise<OutboxRow[]> {
  return db.table<OutboxRow>('outbox').orderBy('seq').toArray()
}
