// The connection, kept in the device-local settings table under `sync.*` keys. Written directly
// and not audited: the sync client rewrites some of these on every pull (lastSeq), and none of
// them is anyone's data.
import type { LedgerDb } from '../database'
import type { SettingRow } from '../rows'
import type { Account } from './types'
import { newId } from '@/domain/ids'

export const SYNC_KEYS = {
  server: 'sync.server',
  account: 'sync.account',
  token: 'sync.token',
  deviceId: 'sync.deviceId',
  /** The local profile that was current before signing in: current again after signing out. */
  previousProfileId: 'sync.previousProfileId',
} as const

/** Pulls are per year (the session's year), each with its own position in the change sequence. */
export function lastSeqKey(year: number): string {
  return `sync.lastSeq.${year}`
}

export interface Connection {
  server: string
  account: Account
  token: string
}

export async function readSyncValue<T>(db: LedgerDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key)
  return row && !row.deletedAt ? (row.value as T) : undefined
}

/** Inside or outside a transaction that includes settings. */
export async function writeSyncValue(db: LedgerDb, key: string, value: unknown): Promise<void> {
  const now = new Date().toISOString()
  const row: SettingRow = {
    key,
    value,
    unitId: null,
    createdAt: now,
    updatedAt: now,
    updatedBy: 'sync',
    deletedAt: null,
  }
  await db.settings.put(row)
}

export async function readConnection(db: LedgerDb): Promise<Connection | null> {
  const [server, account, token] = await Promise.all([
    readSyncValue<string>(db, SYNC_KEYS.server),
    readSyncValue<Account>(db, SYNC_KEYS.account),
    readSyncValue<string>(db, SYNC_KEYS.token),
  ])
  return server !== undefined && account && token ? { server, account, token } : null
}

/** Forgets the connection and every pull position; the device id stays (it names this device). */
export async function clearConnection(db: LedgerDb): Promise<void> {
  const keys = (await db.settings.toCollection().primaryKeys()) as string[]
  const gone = keys.filter(
    (k) => k.startsWith('sync.') && k !== SYNC_KEYS.deviceId && k !== SYNC_KEYS.previousProfileId,
  )
  await db.settings.bulkDelete(gone)
}

export async function deviceId(db: LedgerDb): Promise<string> {
  const known = await readSyncValue<string>(db, SYNC_KEYS.deviceId)
  if (known) return known
  const id = newId()
  await writeSyncValue(db, SYNC_KEYS.deviceId, id)
  return id
}
