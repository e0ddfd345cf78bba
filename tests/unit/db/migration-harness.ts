// Upgrade testing: build a database as an older version of the app left it, then open it
// with the current (or a test-defined future) schema and look at what survived.
import { Dexie } from 'dexie'
import { applyMigrations, MIGRATIONS, type SchemaVersion } from '@/db/migrations'
import { type LedgerDb, openLedgerDb } from '@/db/database'
import { FAKE_IDB } from './helpers'

export type Fixtures = Record<string, Record<string, unknown>[]>

/** Creates `name` at schema `version` (as shipped in `migrations`), fills it with raw rows, closes it. */
export async function createDbAtVersion(
  name: string,
  version: number,
  fixtures: Fixtures,
  migrations: readonly SchemaVersion[] = MIGRATIONS,
): Promise<void> {
  const old = new Dexie(name, FAKE_IDB)
  applyMigrations(
    old,
    migrations.filter((m) => m.version <= version),
  )
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixtures)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

/** Opens `name` with the given (default: current) migrations, which runs any upgrades. */
export async function reopenLatest(
  name: string,
  migrations: readonly SchemaVersion[] = MIGRATIONS,
): Promise<LedgerDb> {
  const db = openLedgerDb(name, { migrations, dexie: FAKE_IDB })
  await db.open()
  return db
}

/** Both steps: the database at `fromVersion` with `fixtures`, reopened with `migrations`. */
export async function upgradeFrom(
  name: string,
  fromVersion: number,
  fixtures: Fixtures,
  migrations: readonly SchemaVersion[] = MIGRATIONS,
): Promise<LedgerDb> {
  await createDbAtVersion(name, fromVersion, fixtures, migrations)
  return reopenLatest(name, migrations)
}
