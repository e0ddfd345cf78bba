import { describe, expect, it } from 'vitest'
import { importPackage } from '@/db/import-package'
import { setSetting, SETTING_KEYS } from '@/db/settings'
import { readStartup } from '@/db/startup'
import { createUnit } from '@/db/units'
import { smallPackage, world } from './helpers'

describe('readStartup', () => {
  it('gives the profiles, the units by name, and the saved unit and year when they still hold', async () => {
    const { db, admin, entry } = await world()
    await importPackage(db, smallPackage(), admin) // 克孜勒苏柯尔克孜自治州总工会 (kz-fed), one 2025 sheet
    await createUnit(db, admin, { id: 'wuqia', name: '乌恰县总工会', parentId: 'kz-fed' })
    await createUnit(db, admin, { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' })

    // Nothing saved yet: the top unit, not the first by name (阿图什, under it), with its 2025 sheet.
    const fresh = await readStartup(db)
    expect(fresh.profiles.map((p) => p.name)).toEqual(['管理员', '张三', '李局长', '王审核'])
    expect(fresh.units.map((u) => u.id)).toEqual(['atush', 'kz-fed', 'wuqia'])
    // No unit saved: the top unit (not the first county by name, issue 15), for the app to remember.
    expect(fresh).toMatchObject({
      unitId: 'kz-fed',
      unitSaved: false,
      years: [2025],
      savedProfileId: undefined,
      savedYear: undefined,
    })

    await setSetting(db, admin, SETTING_KEYS.currentUnitId, 'kz-fed')
    await setSetting(db, admin, SETTING_KEYS.currentYear, 2025)
    await setSetting(db, admin, SETTING_KEYS.currentProfileId, entry.id)
    expect(await readStartup(db)).toMatchObject({
      unitId: 'kz-fed',
      years: [2025],
      savedYear: 2025,
      savedProfileId: entry.id,
    })

    // A saved unit that is no longer there: the top unit again.
    await setSetting(db, admin, SETTING_KEYS.currentUnitId, 'gone')
    expect((await readStartup(db)).unitId).toBe('kz-fed')
  })
})
