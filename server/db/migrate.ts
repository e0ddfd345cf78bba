// Schema migrations: the numbered files of server/db/sql, applied in order, each in one transaction
// as perf_owner, and recorded in schema_migrations. Applying is idempotent; two servers starting at
// once take turns (an advisory lock with a two-part key, apart from the write marks of 006).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { ensureRoles } from './roles'

const SQL_DIR = fileURLToPath(new URL('./sql/', import.meta.url))

export interface Migration {
  version: number
  name: string
  sql: string
}

export function listMigrations(dir = SQL_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f.replace(/\.sql$/, ''),
      sql: readFileSync(join(dir, f), 'utf8'),
    }))
}

/** Applies what is missing; returns the names applied. `url` must be a superuser or a member of perf_owner. */
export async function migrate(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('select pg_advisory_lock(7262, 24)')
    await ensureRoles(client)
    await client.query('set role perf_owner')
    await client.query(`create table if not exists schema_migrations (
      version int primary key, name text not null, applied_at timestamptz not null default now())`)
    const { rows } = await client.query<{ version: number }>('select version from schema_migrations')
    const done = new Set(rows.map((r) => r.version))
    const applied: string[] = []
    for (const m of listMigrations()) {
      if (done.has(m.version)) continue
      await client.query('begin')
      try {
        await client.query(m.sql)
        await client.query('insert into schema_migrations (version, name) values ($1, $2)', [
          m.version,
          m.name,
        ])
        await client.query('commit')
      } catch (e) {
        await client.query('rollback')
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`, { cause: e })
      }
      applied.push(m.name)
    }
    return applied
  } finally {
    await client.query('reset role').catch(() => {})
    await client.query('select pg_advisory_unlock(7262, 24)').catch(() => {})
    await client.end()
  }
}
