import { describe, expect, it } from 'vitest'
import { saveOverride } from '@/db/assessments'
import { PermissionError } from '@/db/errors'
import { updateIndicator } from '@/db/indicators'
import { createProfile, updateProfile } from '@/db/profiles'
import { addProgress } from '@/db/progress'
import { setSetting } from '@/db/settings'
import { setSheetStatus, updateSheet } from '@/db/sheets'
import { addSpending } from '@/db/spending'
import { worldWithData } from './helpers'

describe('permissions', () => {
  it('refuses progress and spending from a leader, with a bilingual message', async () => {
    const { db, leader } = await worldWithData()
    const err = await addProgress(db, leader, { indicatorId: 'p1-i1', date: '2025-04-01', value: '1' }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(PermissionError)
    expect((err as PermissionError).bilingual.zh).toContain('领导')
    expect((err as PermissionError).bilingual.en).toContain('Leader')
    await expect(
      addSpending(db, leader, { sheetId: 'kz-2025-proj-1', date: '2025-04-01', amount: '1' }),
    ).rejects.toBeInstanceOf(PermissionError)
    expect(await db.progress.count()).toBe(1)
  })

  it('refuses target edits from data entry', async () => {
    const { db, entry, admin } = await worldWithData()
    await expect(updateSheet(db, entry, 'kz-2025-proj-1', { name: 'x' })).rejects.toBeInstanceOf(
      PermissionError,
    )
    await expect(updateIndicator(db, entry, 'p1-i1', { weight: 20 })).rejects.toBeInstanceOf(PermissionError)
    await expect(updateSheet(db, admin, 'kz-2025-proj-1', { owner: '新负责人' })).resolves.toMatchObject({
      owner: '新负责人',
    })
  })

  it('lets only a reviewer lock a sheet', async () => {
    const { db, admin, entry, leader, reviewer } = await worldWithData()
    for (const who of [admin, entry, leader]) {
      await expect(setSheetStatus(db, who, 'kz-2025-proj-1', 'locked')).rejects.toBeInstanceOf(
        PermissionError,
      )
    }
    await expect(setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked')).resolves.toMatchObject({
      status: 'locked',
    })
  })

  it('lets only a reviewer override a score and only an admin manage profiles and settings', async () => {
    const { db, admin, entry, reviewer } = await worldWithData()
    await expect(
      saveOverride(db, admin, { indicatorId: 'p1-i1', score: '14', reason: '佐证不足' }),
    ).rejects.toBeInstanceOf(PermissionError)
    await expect(
      saveOverride(db, reviewer, { indicatorId: 'p1-i1', score: '14', reason: '佐证不足' }),
    ).resolves.toMatchObject({ score: '14' })
    await expect(createProfile(db, entry, { name: 'x', role: 'admin' })).rejects.toBeInstanceOf(
      PermissionError,
    )
    await expect(setSetting(db, entry, 'scoringDefaults', {})).rejects.toBeInstanceOf(PermissionError)
    await expect(setSetting(db, entry, 'locale', 'en')).resolves.toBeUndefined()
  })

  it('judges by the stored role, not the role the caller claims', async () => {
    const { db, admin, entry } = await worldWithData()
    await expect(
      updateSheet(db, { ...entry, role: 'admin' }, 'kz-2025-proj-1', { name: 'x' }),
    ).rejects.toBeInstanceOf(PermissionError)
    await updateProfile(db, admin, entry.id, { role: 'leader' })
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-04-01', value: '1' }),
    ).rejects.toBeInstanceOf(PermissionError)
    await expect(
      addProgress(
        db,
        { id: 'nobody', name: '?', role: 'admin' },
        { indicatorId: 'p1-i1', date: '2025-04-01', value: '1' },
      ),
    ).rejects.toBeInstanceOf(PermissionError)
  })

  it('keeps at least one administrator', async () => {
    const { db, admin } = await worldWithData()
    await expect(updateProfile(db, admin, admin.id, { role: 'entry' })).rejects.toThrow(/administrator/)
  })
})
