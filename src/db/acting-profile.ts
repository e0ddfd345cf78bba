// Who is acting, as the PIN check established it: held here, in module state no other layer can
// reach, rather than in a store field that one console line can point at another profile. Every
// audited write (audit.ts) and every role check (permissions.ts) compares the actor it is given
// with this. A database is under the check once the app has started acting on it (session start);
// unit tests and node tools that drive the db layer directly never start it (docs/security.md).
import type { LedgerDb } from './database'
import { PermissionError } from './errors'
import type { Actor } from './rows'

/** Per database: the id of the profile acting, or null while nobody has been established. */
const held = new WeakMap<LedgerDb, string | null>()

/**
 * Puts the database under the check, acting as `profileId` (null: nobody yet, every write refused
 * until a PIN check establishes someone). Only the db layer's own login paths and start-up call it.
 */
export function holdActingProfile(db: LedgerDb, profileId: string | null): void {
  held.set(db, profileId)
}

/** The id of the profile acting on `db`; undefined when the database is not under the check. */
export function actingProfileId(db: LedgerDb): string | null | undefined {
  return held.get(db)
}

/** Throws unless `actor` is the profile acting on `db` (a database not under the check passes). */
export function assertActing(db: LedgerDb, actor: Pick<Actor, 'id'>): void {
  if (!held.has(db)) return
  const id = held.get(db)
  if (id === null || id === undefined) {
    throw new PermissionError('acting', null, {
      zh: '尚未确认当前用户：请先输入 PIN。',
      en: 'No profile is signed in yet: enter its PIN first.',
    })
  }
  if (actor.id !== id) {
    throw new PermissionError('acting', null, {
      zh: '操作人不是当前登录的用户，已拒绝。',
      en: 'The actor is not the signed-in profile; refused.',
    })
  }
}
