import { newId } from '@/domain/ids'
import { actingProfileId, holdActingProfile } from './acting-profile'
import { appendAudit } from './audit'
import type { LedgerDb } from './database'
import { RecordNotFoundError, PermissionError, ValidationError } from './errors'
import { authorize, ROLES } from './permissions'
import { verifyPin } from './pin'
import type { Actor, Profile, ProfileRow, Role } from './rows'
import { SETTING_KEYS, writeSetting } from './settings'
import { assertOneOf, assertText } from './validate'
import { insertRow, patchRow, writeTx } from './write'

export const FIRST_ADMIN_NAME = '管理员'

export function toProfile(row: ProfileRow): Profile {
  const { pin, ...rest } = row
  return { ...rest, hasPin: pin !== null }
}

export function asActor(p: Pick<Profile, 'id' | 'name' | 'role'>): Actor {
  return { id: p.id, name: p.name, role: p.role }
}

/** First start: makes an administrator (管理员) when there is none; returns the first admin. */
export async function ensureFirstAdmin(db: LedgerDb): Promise<Profile> {
  return writeTx(db, async () => {
    const admins = (await db.profiles.toArray()).filter((p) => !p.deletedAt && p.role === 'admin')
    if (admins.length > 0) return toProfile(admins.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0])
    const id = newId()
    const self: Actor = { id, name: FIRST_ADMIN_NAME, role: 'admin' }
    const row = await insertRow<ProfileRow>(db, self, 'profiles', {
      id,
      name: FIRST_ADMIN_NAME,
      role: 'admin',
      unitId: null,
      pin: null,
    })
    return toProfile(row)
  })
}

export async function listProfiles(
  db: LedgerDb,
  opts: { includeDeleted?: boolean } = {},
): Promise<Profile[]> {
  const rows = await db.profiles.toArray()
  return rows
    .filter((r) => opts.includeDeleted || !r.deletedAt)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map(toProfile)
}

export interface NewProfile {
  name: string
  role: Role
  unitId?: string | null
}

export async function createProfile(db: LedgerDb, actor: Actor, input: NewProfile): Promise<Profile> {
  assertText(input.name, 'name')
  assertOneOf(input.role, ROLES, 'role')
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'profile.manage')
    const row = await insertRow<ProfileRow>(db, who, 'profiles', {
      id: newId(),
      name: input.name.trim(),
      role: input.role,
      unitId: input.unitId ?? null,
      pin: null,
    })
    return toProfile(row)
  })
}

export type ProfileChanges = Partial<Pick<ProfileRow, 'name' | 'role' | 'unitId'>>

export async function updateProfile(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: ProfileChanges,
): Promise<Profile> {
  if (changes.name !== undefined) assertText(changes.name, 'name')
  if (changes.role !== undefined) assertOneOf(changes.role, ROLES, 'role')
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'profile.manage')
    if (changes.role !== undefined && changes.role !== 'admin') await keepOneAdmin(db, id)
    const picked: Record<string, unknown> = {}
    for (const key of ['name', 'role', 'unitId'] as const) if (key in changes) picked[key] = changes[key]
    return toProfile(await patchRow<ProfileRow>(db, who, 'profiles', id, picked))
  })
}

/** Refuses a change that would leave no administrator to manage profiles. */
async function keepOneAdmin(db: LedgerDb, losingId: string): Promise<void> {
  const admins = (await db.profiles.toArray()).filter((p) => !p.deletedAt && p.role === 'admin')
  if (admins.length === 1 && admins[0].id === losingId) {
    throw new ValidationError('role', {
      zh: '至少要保留一名管理员。',
      en: 'At least one administrator must remain.',
    })
  }
}

/**
 * Switches the current profile (a setting) after checking its PIN, if it has one.
 * Audited as 'login'. Not authentication against an attacker: see docs/security.md.
 */
export async function login(db: LedgerDb, profileId: string, pin?: string): Promise<Profile> {
  const row = await db.profiles.get(profileId)
  if (!row || row.deletedAt) throw new RecordNotFoundError('profiles', profileId)
  if (row.pin && !(pin !== undefined && (await verifyPin(db, profileId, pin)))) {
    throw new PermissionError('login', row.role, { zh: 'PIN 不正确。', en: 'Wrong PIN.' })
  }
  const before = actingProfileId(db)
  try {
    return await writeTx(db, async () => {
      const fresh = await db.profiles.get(profileId)
      if (!fresh || fresh.deletedAt) throw new RecordNotFoundError('profiles', profileId)
      const actor = asActor(fresh)
      // The PIN matched (or there is none): this profile acts from here on, its login included.
      if (before !== undefined) holdActingProfile(db, profileId)
      await appendAudit(db, actor, {
        table: 'profiles',
        rowId: profileId,
        unitId: fresh.unitId,
        action: 'login',
        before: null,
        after: null,
      })
      await writeSetting(db, actor, SETTING_KEYS.currentProfileId, profileId)
      return toProfile(fresh)
    })
  } catch (e) {
    if (before !== undefined) holdActingProfile(db, before)
    throw e
  }
}

/**
 * At start-up: the profile the app may act as without asking. The saved one only when it has no
 * PIN (a saved id is one IndexedDB edit away from being anyone's); otherwise the first
 * administrator without a PIN, or the first profile without one. `ask` is the saved profile whose
 * PIN the user should be asked for; `acting` is null when every profile has a PIN.
 */
export function startingProfile(
  profiles: readonly Profile[],
  savedId: string | undefined,
): { acting: Profile | null; ask: Profile | null } {
  const admins = profiles.filter((p) => p.role === 'admin')
  const wanted = profiles.find((p) => p.id === savedId) ?? admins[0] ?? profiles[0] ?? null
  if (!wanted || !wanted.hasPin) return { acting: wanted, ask: null }
  const open = admins.find((p) => !p.hasPin) ?? profiles.find((p) => !p.hasPin) ?? null
  return { acting: open, ask: wanted }
}

/** Puts the app's database under the acting-profile check, acting as `profile` (null: nobody yet). */
export function startActing(db: LedgerDb, profile: Pick<Profile, 'id'> | null): void {
  holdActingProfile(db, profile?.id ?? null)
}
