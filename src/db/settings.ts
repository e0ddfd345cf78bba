// Device-local key/value settings. Preferences (locale, current unit/year, current profile)
// are anyone's to change; every other key is an administrator's.
import { appendAudit, nowIso } from './audit'
import type { LedgerDb } from './database'
import { authorize, type Action } from './permissions'
import type { Actor, SettingRow } from './rows'
import { assertText } from './validate'
import { writeTx } from './write'

export const SETTING_KEYS = {
  locale: 'locale',
  currentProfileId: 'currentProfileId',
  currentUnitId: 'currentUnitId',
  currentYear: 'currentYear',
} as const

export const PREFERENCE_KEYS: ReadonlySet<string> = new Set(Object.values(SETTING_KEYS))

export async function getSetting<T = unknown>(db: LedgerDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key)
  return row && !row.deletedAt ? (row.value as T) : undefined
}

export async function setSetting(db: LedgerDb, actor: Actor, key: string, value: unknown): Promise<void> {
  assertText(key, 'key')
  const action: Action = PREFERENCE_KEYS.has(key) ? 'settings.preference' : 'settings.write'
  await writeTx(db, async () => {
    const who = await authorize(db, actor, action)
    await writeSetting(db, who, key, value)
  })
}

/** Inside a write transaction, after the caller has authorised `actor`. */
export async function writeSetting(db: LedgerDb, actor: Actor, key: string, value: unknown): Promise<void> {
  const now = nowIso()
  const before = await db.settings.get(key)
  if (before) {
    const changes = { value, updatedAt: now, updatedBy: actor.id, deletedAt: null }
    await appendAudit(
      db,
      actor,
      {
        table: 'settings',
        rowId: key,
        unitId: before.unitId,
        action: 'update',
        before,
        after: { ...before, ...changes },
      },
      now,
    )
    await db.settings.update(key, changes)
    return
  }
  const row: SettingRow = {
    key,
    value,
    unitId: null,
    createdAt: now,
    updatedAt: now,
    updatedBy: actor.id,
    deletedAt: null,
  }
  await appendAudit(
    db,
    actor,
    { table: 'settings', rowId: key, unitId: null, action: 'create', before: null, after: row },
    now,
  )
  await db.settings.add(row)
}
