// While signed in, the account is the author of every write: a local profile row with the
// account's id, name, role and unit stands for it, so the write functions' authorize() sees the
// account's role and every row's updatedBy is the account's id (the server stamps the same).
// Signing out makes the profile that was current before current again; the account's row is
// soft-deleted, so it cannot be picked as a local profile in the offline-only mode. The server
// checked the account's password, so the account becomes the acting profile (../acting-profile);
// signing out returns to the profile that was acting before.
import { actingProfileId, holdActingProfile } from '../acting-profile'
import { appendAudit } from '../audit'
import type { LedgerDb } from '../database'
import type { Actor, ProfileRow } from '../rows'
import { SETTING_KEYS, writeSetting } from '../settings'
import { writeTx } from '../write'
import { readSyncValue, SYNC_KEYS, writeSyncValue } from './state'
import type { Account } from './types'

export function accountActor(account: Account): Actor {
  return { id: account.id, name: account.name, role: account.role }
}

/** Makes the account's profile current; returns it as the acting profile. */
export function becomeAccount(db: LedgerDb, account: Account): Promise<Actor> {
  return writeTx(db, async () => {
    const now = new Date().toISOString()
    const current = await readSyncValue<string>(db, SETTING_KEYS.currentProfileId)
    if (current && current !== account.id) await writeSyncValue(db, SYNC_KEYS.previousProfileId, current)
    const before = await db.profiles.get(account.id)
    const row: ProfileRow = {
      id: account.id,
      name: account.name,
      role: account.role,
      unitId: account.unitId,
      pin: null,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      updatedBy: account.id,
      deletedAt: null,
    }
    await db.profiles.put(row)
    const actor = accountActor(account)
    if (actingProfileId(db) !== undefined) holdActingProfile(db, account.id)
    await appendAudit(db, actor, {
      table: 'profiles',
      rowId: account.id,
      unitId: account.unitId,
      action: 'login',
      before: before ?? null,
      after: row,
    })
    await writeSetting(db, actor, SETTING_KEYS.currentProfileId, account.id)
    return actor
  })
}

/** Back to the local profiles; returns the id of the profile now current. */
export function leaveAccount(db: LedgerDb, accountId: string): Promise<string | undefined> {
  return writeTx(db, async () => {
    const row = await db.profiles.get(accountId)
    if (row && !row.deletedAt) await db.profiles.update(accountId, { deletedAt: new Date().toISOString() })
    const previous = await readSyncValue<string>(db, SYNC_KEYS.previousProfileId)
    const live = (await db.profiles.toArray()).filter((p) => !p.deletedAt)
    const next =
      live.find((p) => p.id === previous) ??
      live.filter((p) => p.role === 'admin').sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0] ??
      live[0]
    if (next && actingProfileId(db) !== undefined) holdActingProfile(db, next.id)
    if (next)
      await writeSetting(
        db,
        { id: next.id, name: next.name, role: next.role },
        SETTING_KEYS.currentProfileId,
        next.id,
      )
    return next?.id
  })
}
