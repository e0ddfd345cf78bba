// `server -- seed FILE`: units and accounts from one JSON file, for setting up a prefecture with its
// counties in one step (and for test and benchmark set-ups). Parents come before their children in
// the file; units and logins that exist already are left as they are, so a seed can be re-run.
import { readFileSync } from 'node:fs'
import type { Database } from '../db/database'
import { addAccount, type NewAccount } from './accounts'
import { addUnit, type NewUnit } from './units'

export interface SeedFile {
  units?: { id: string; name: string; parentId?: string | null }[]
  accounts?: NewAccount[]
}

export async function seed(db: Database, file: SeedFile): Promise<{ units: number; accounts: number }> {
  const existing = await db.asOwner(async (c) => ({
    units: new Set((await c.query<{ id: string }>('select id from rows_units')).rows.map((r) => r.id)),
    logins: new Set(
      (await c.query<{ login: string }>('select login from accounts')).rows.map((r) => r.login),
    ),
  }))
  let units = 0
  let accounts = 0
  for (const u of file.units ?? []) {
    if (existing.units.has(u.id)) continue
    const unit: NewUnit = { id: u.id, name: u.name, parentId: u.parentId ?? null }
    await addUnit(db, unit)
    units++
  }
  for (const a of file.accounts ?? []) {
    if (existing.logins.has(a.login)) continue
    await addAccount(db, a)
    accounts++
  }
  return { units, accounts }
}

export function readSeedFile(path: string): SeedFile {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedFile
}
