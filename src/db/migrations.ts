// Every schema version the app has shipped, oldest first. To change the schema append a
// version: list only the tables whose indexes change (null deletes a table) and, when
// existing rows need rewriting, an upgrade function. Never edit a shipped entry.
import type { Transaction } from 'dexie'
import {
  SCHEMA_V1,
  SCHEMA_V2_CHANGES,
  SCHEMA_V3_CHANGES,
  SCHEMA_V4_CHANGES,
  SCHEMA_V7_CHANGES,
  SCHEMA_V8_CHANGES,
} from './schema'
import { chainExistingEntries } from './audit-chain'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  /** Runs once, inside the upgrade transaction, when an older database is opened. */
  upgrade?: (tx: Transaction) => Promise<unknown> | unknown
}

export const MIGRATIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  // Nothing to rewrite: dropped indexes go, and an empty sheetDigests fills in on first use.
  { version: 2, stores: SCHEMA_V2_CHANGES },
  // Nothing to rewrite: IndexedDB fills the new indexes from the rows.
  { version: 3, stores: SCHEMA_V3_CHANGES },
  // New tables only (the sync client's outbox and refusals).
  { version: 4, stores: SCHEMA_V4_CHANGES },
  // A new table and new audit indexes; IndexedDB fills the indexes from the rows.
  { version: 7, stores: SCHEMA_V7_CHANGES },
  // The audit entries written before are chained, oldest first (db/audit-chain.ts).
  { version: 8, stores: SCHEMA_V8_CHANGES, upgrade: chainExistingEntries },
]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

interface Versionable {
  version(n: number): {
    stores(s: Record<string, string | null>): { upgrade(fn: (tx: Transaction) => unknown): unknown }
  }
}

export function applyMigrations(db: Versionable, migrations: readonly SchemaVersion[] = MIGRATIONS): void {
  let previous = 0
  for (const m of migrations) {
    if (m.version <= previous)
      throw new Error(`Schema versions must increase: ${m.version} after ${previous}`)
    previous = m.version
    const declared = db.version(m.version).stores(m.stores)
    if (m.upgrade) declared.upgrade(m.upgrade)
  }
}
