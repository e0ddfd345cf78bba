import { describe, expect, it } from 'vitest'
import { listAudit } from '@/db/audit'
import { PermissionError } from '@/db/errors'
import { clearPin, PIN_ITERATIONS, setPin, verifyPin } from '@/db/pin'
import { listProfiles, login } from '@/db/profiles'
import { world } from './helpers'

describe('PIN', () => {
  it('sets, verifies and refuses a wrong PIN, storing only salt, hash and iterations', async () => {
    const { db, entry } = await world()
    expect(await verifyPin(db, entry.id, '1234')).toBe(false)
    await setPin(db, entry, entry.id, '2468')
    expect(await verifyPin(db, entry.id, '2468')).toBe(true)
    expect(await verifyPin(db, entry.id, '2469')).toBe(false)
    expect(await verifyPin(db, entry.id, '')).toBe(false)

    const stored = (await db.profiles.get(entry.id))!.pin!
    expect(Object.keys(stored).sort()).toEqual(['algorithm', 'hash', 'iterations', 'salt'])
    expect(stored.iterations).toBeGreaterThanOrEqual(100_000)
    expect(stored.iterations).toBe(PIN_ITERATIONS)
    expect(atob(stored.salt)).toHaveLength(16)
    expect(JSON.stringify(stored)).not.toContain('2468')

    const profile = (await listProfiles(db)).find((p) => p.id === entry.id)!
    expect(profile.hasPin).toBe(true)
    expect(profile).not.toHaveProperty('pin')
    const log = await listAudit(db, { table: 'profiles', rowId: entry.id })
    expect(JSON.stringify(log)).not.toContain(stored.hash)
  })

  it('uses a fresh salt each time, so equal PINs give different hashes', async () => {
    const { db, admin, entry, leader } = await world()
    await setPin(db, admin, entry.id, '0000')
    await setPin(db, admin, leader.id, '0000')
    const [a, b] = [(await db.profiles.get(entry.id))!.pin!, (await db.profiles.get(leader.id))!.pin!]
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('lets only the owner or an administrator set or clear it', async () => {
    const { db, entry, leader } = await world()
    await expect(setPin(db, leader, entry.id, '1111')).rejects.toBeInstanceOf(PermissionError)
    await setPin(db, entry, entry.id, '1111')
    await expect(clearPin(db, leader, entry.id)).rejects.toBeInstanceOf(PermissionError)
    await clearPin(db, entry, entry.id)
    expect(await verifyPin(db, entry.id, '1111')).toBe(false)
  })

  it('guards login and records it', async () => {
    const { db, entry } = await world()
    await setPin(db, entry, entry.id, '2468')
    await expect(login(db, entry.id, '0000')).rejects.toBeInstanceOf(PermissionError)
    await expect(login(db, entry.id)).rejects.toBeInstanceOf(PermissionError)
    await expect(login(db, entry.id, '2468')).resolves.toMatchObject({ id: entry.id })
    expect((await db.settings.get('currentProfileId'))?.value).toBe(entry.id)
    expect((await listAudit(db, { table: 'profiles', rowId: entry.id }))[0].action).toBe('login')
  })
})
