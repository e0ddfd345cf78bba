// The stores read import.meta.env (Vite's); the tests' tsconfig has only Node's types.
/// <reference types="vite/client" />
// The stores reach the database through getDb(); each store test points it at a fresh fake-indexeddb
// database of its own. Test files mock '@/db/database' so that getDb() returns `testDb.current`, and set
// it in beforeEach with openTestDb().
import { readFileSync } from 'node:fs'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { vi } from 'vitest'
import type { LedgerDb } from '@/db/database'

export const testDb: { current: LedgerDb | null } = { current: null }

let counter = 0

/** A database no other test has used. */
export async function openTestDb(): Promise<LedgerDb> {
  const { openLedgerDb } = await import('@/db/database')
  testDb.current = openLedgerDb(`store-test-${process.pid}-${Date.now()}-${counter++}`, {
    dexie: { indexedDB, IDBKeyRange },
  })
  return testDb.current
}

/** The built-in 2025 package, as the app fetches it from public/samples/. */
export const SEED_TEXT = readFileSync(
  new URL('../../../public/samples/kizilsu-zgh-2025.json', import.meta.url),
  'utf8',
)

/** fetch() answering the built-in package's address from disk; any other address is a 404. */
export function stubSeedFetch() {
  const fetchMock = vi.fn(async (url: string | URL | Request) =>
    String(url).endsWith('samples/kizilsu-zgh-2025.json')
      ? new Response(SEED_TEXT, { status: 200, headers: { 'content-type': 'application/json' } })
      : new Response('not found', { status: 404 }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
