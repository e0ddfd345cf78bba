import { describe, expect, it } from 'vitest'
import { saveDeviation, saveJudgement } from '@/db/assessments'
import { LockedError, SubmittedError, ValidationError } from '@/db/errors'
import { importPackage } from '@/db/import-package'
import { addIndicator, updateIndicator } from '@/db/indicators'
import { addProgress, deleteProgress, updateProgress } from '@/db/progress'
import { setSheetStatus, updateSheet } from '@/db/sheets'
import { addSpending } from '@/db/spending'
import { smallPackage, worldWithData } from './helpers'

describe('locked sheet', () => {
  it('refuses entries, judgements and target edits once locked, with a bilingual message', async () => {
    const { db, admin, entry, reviewer } = await worldWithData()
    await setSheetStatus(db, entry, 'kz-2025-proj-1', 'submitted')
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked')
    const auditBefore = await db.audit.count()

    const err = await addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-12-01', value: '1' }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(LockedError)
    expect((err as LockedError).bilingual.zh).toContain('已锁定')
    await expect(updateProgress(db, entry, 'e-001', { value: '2' })).rejects.toBeInstanceOf(LockedError)
    await expect(deleteProgress(db, entry, 'e-001')).rejects.toBeInstanceOf(LockedError)
    await expect(
      addSpending(db, entry, { sheetId: 'kz-2025-proj-1', date: '2025-12-01', amount: '1.00' }),
    ).rejects.toBeInstanceOf(LockedError)
    await expect(
      saveJudgement(db, entry, { indicatorId: 'p1-i6', tier: '部分达成', score: '13' }),
    ).rejects.toBeInstanceOf(LockedError)
    await expect(
      saveDeviation(db, entry, { indicatorId: 'p1-i1', cause: '其他', text: '…' }),
    ).rejects.toBeInstanceOf(LockedError)
    await expect(updateIndicator(db, admin, 'p1-i1', { weight: 10 })).rejects.toBeInstanceOf(LockedError)
    await expect(updateSheet(db, admin, 'kz-2025-proj-1', { name: 'x' })).rejects.toBeInstanceOf(LockedError)
    await expect(
      addIndicator(db, admin, 'kz-2025-proj-1', {
        level1: 'a',
        level2: 'b',
        name: 'c',
        target: null,
        targetText: '',
        weight: 1,
        measure: 'latest',
      }),
    ).rejects.toBeInstanceOf(LockedError)

    const pkg = smallPackage()
    pkg.progress.push({ id: 'e-late', indicatorId: 'p1-i1', date: '2025-12-30', value: '1' })
    await expect(
      importPackage(
        db,
        { ...pkg, sheets: pkg.sheets.map((s) => ({ ...s, status: 'locked' as const })) },
        admin,
      ),
    ).rejects.toBeInstanceOf(LockedError)

    expect(await db.audit.count()).toBe(auditBefore)
    expect((await db.progress.get('e-001'))?.value).toBe('1')
  })

  it('reopens only through a reviewer with a reason', async () => {
    const { db, entry, reviewer } = await worldWithData()
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked')
    await expect(setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'submitted')).rejects.toBeInstanceOf(
      ValidationError,
    )
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'submitted', '补充佐证材料')
    // Reopened to 已提交 it stays frozen for its reviewer (issue 15); sent back to a draft it takes entries.
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-12-01', value: '1' }),
    ).rejects.toBeInstanceOf(SubmittedError)
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'draft', '补充佐证材料')
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-12-01', value: '1' }),
    ).resolves.toMatchObject({ entry: { value: '1' } })
  })
})
