import { describe, expect, it } from 'vitest'
import { lockSheet, unlockSheet } from '@/db/assessment-workflow'
import { PermissionError } from '@/db/errors'
import { setPin } from '@/db/pin'
import { addProgress } from '@/db/progress'
import { listProfiles, login, startActing, startingProfile } from '@/db/profiles'
import type { Profile } from '@/db/rows'
import { setSetting } from '@/db/settings'
import { setSheetStatus } from '@/db/sheets'
import { becomeAccount, leaveAccount } from '@/db/sync/author'
import { worldWithData } from './helpers'

const SHEET = 'kz-2025-proj-1'

async function lockedWorld() {
  const w = await worldWithData()
  await setSheetStatus(w.db, w.entry, SHEET, 'submitted')
  await setSheetStatus(w.db, w.reviewer, SHEET, 'locked')
  await setPin(w.db, w.admin, w.reviewer.id, '2468')
  return w
}

describe('the acting profile held by the db layer', () => {
  it('refuses an unlock by a profile that did not pass its PIN, and logs nothing under its name', async () => {
    const { db, admin, reviewer } = await lockedWorld()
    startActing(db, admin)
    const auditBefore = await db.audit.count()
    // The console attack: the caller claims to be the reviewer (id and role both right).
    const err = await unlockSheet(db, reviewer, SHEET, '补录').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PermissionError)
    expect((err as PermissionError).bilingual.zh).toContain('操作人不是当前登录的用户')
    expect((err as PermissionError).bilingual.en).toContain('not the signed-in profile')
    expect((await db.sheets.get(SHEET))!.status).toBe('locked')
    expect(await db.audit.count()).toBe(auditBefore)
    expect((await db.audit.toArray()).filter((a) => a.reason === '补录')).toEqual([])
  })

  it('acts as the reviewer once the PIN check established it, and not after a wrong PIN', async () => {
    const { db, admin, reviewer } = await lockedWorld()
    startActing(db, admin)
    await expect(login(db, reviewer.id, '0000')).rejects.toBeInstanceOf(PermissionError)
    await expect(unlockSheet(db, reviewer, SHEET, '补录')).rejects.toBeInstanceOf(PermissionError)
    // The admin still acts: a wrong PIN changed nothing.
    await expect(setSetting(db, admin, 'locale', 'en-US')).resolves.toBeUndefined()

    await login(db, reviewer.id, '2468')
    await expect(unlockSheet(db, reviewer, SHEET, '补录')).resolves.toMatchObject({ status: 'draft' })
    await expect(lockSheet(db, admin, SHEET)).rejects.toBeInstanceOf(PermissionError)
    const unlocks = (await db.audit.toArray()).filter((a) => a.reason === '补录')
    expect(unlocks.map((a) => [a.actorName, (a.after as { status: string }).status])).toEqual([['王审核', 'draft']])
  })

  it('refuses every audited write of another profile, not only role-guarded ones', async () => {
    const { db, admin, entry } = await lockedWorld()
    startActing(db, entry)
    await expect(setSetting(db, admin, 'locale', 'en-US')).rejects.toBeInstanceOf(PermissionError)
    await expect(setSetting(db, entry, 'locale', 'en-US')).resolves.toBeUndefined()
  })

  it('refuses a role the stored profile does not have, and a removed profile', async () => {
    const { db, entry } = await lockedWorld()
    startActing(db, entry)
    const err = await addProgress(db, { ...entry, role: 'admin' }, {
      indicatorId: 'p1-i1',
      date: '2025-04-01',
      value: '1',
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PermissionError)
    expect((err as PermissionError).bilingual.zh).toContain('角色与其用户资料不符')
    startActing(db, { id: 'gone' })
    await expect(
      setSetting(db, { id: 'gone', name: '?', role: 'admin' }, 'locale', 'en-US'),
    ).rejects.toBeInstanceOf(PermissionError)
  })

  it('refuses every write while nobody has been established', async () => {
    const { db, admin } = await lockedWorld()
    startActing(db, null)
    const err = await setSetting(db, admin, 'locale', 'en-US').catch((e: unknown) => e)
    expect((err as PermissionError).bilingual.zh).toContain('尚未确认当前用户')
  })

  it('lets the signed-in account act while syncing, and the profile before it after signing out', async () => {
    const { db, admin } = await lockedWorld()
    startActing(db, admin)
    const account = { id: 'acc-1', name: '州审核', role: 'reviewer' as const, unitId: 'kz-fed', login: 'r' }
    const actor = await becomeAccount(db, account)
    await expect(unlockSheet(db, actor, SHEET, '补录')).resolves.toMatchObject({ status: 'draft' })
    await expect(setSetting(db, admin, 'locale', 'en-US')).rejects.toBeInstanceOf(PermissionError)
    expect(await leaveAccount(db, account.id)).toBe(admin.id)
    await expect(setSetting(db, admin, 'locale', 'en-US')).resolves.toBeUndefined()
  })
})

describe('startingProfile', () => {
  const p = (id: string, role: Profile['role'], hasPin: boolean): Profile =>
    ({ id, name: id, role, unitId: null, hasPin }) as Profile

  it('takes the saved profile only when it has no PIN, and asks for the PIN otherwise', () => {
    const admin = p('a', 'admin', false)
    const reviewer = p('r', 'reviewer', true)
    const entry = p('e', 'entry', false)
    expect(startingProfile([admin, reviewer, entry], 'e')).toEqual({ acting: entry, ask: null })
    expect(startingProfile([admin, reviewer, entry], 'r')).toEqual({ acting: admin, ask: reviewer })
    expect(startingProfile([admin, reviewer, entry], undefined)).toEqual({ acting: admin, ask: null })
    // The administrator has a PIN: the first profile without one acts until it is entered.
    const lockedAdmin = p('a', 'admin', true)
    expect(startingProfile([lockedAdmin, reviewer, entry], 'r')).toEqual({ acting: entry, ask: reviewer })
    expect(startingProfile([lockedAdmin, reviewer], 'r')).toEqual({ acting: null, ask: reviewer })
  })

  it('works on the stored profiles: a saved PIN profile is not taken on trust', async () => {
    const { db, admin, reviewer } = await lockedWorld()
    const profiles = await listProfiles(db)
    const start = startingProfile(profiles, reviewer.id)
    expect(start.acting?.id).toBe(admin.id)
    expect(start.ask?.id).toBe(reviewer.id)
  })
})
