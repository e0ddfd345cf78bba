// countData counts live rows through the deletedAt index (schema v3) without reading them.
import { describe, expect, it } from 'vitest'
import { countData } from '@/db/backup'
import { importPackage } from '@/db/import-package'
import { deleteProgress, restoreProgress } from '@/db/progress'
import { deleteSpending } from '@/db/spending'
import { halfYear } from '../fixtures/built-in'
import { world } from './helpers'

describe('countData', () => {
  it('leaves deleted rows out, and counts a restored one again', async () => {
    const { db, admin } = await world()
    await importPackage(db, halfYear(), admin)
    const sample = halfYear()
    const before = await countData(db)
    // The sample: 8 entries (e1–e8) and 3 spending rows (s1–s3).
    expect([before.progress, before.spending]).toEqual([8, 3])
    expect(before.progress).toBe(sample.progress.length)

    await deleteProgress(db, admin, 'e1')
    await deleteProgress(db, admin, 'e2')
    await deleteSpending(db, admin, 's1')
    await restoreProgress(db, admin, 'e2')
    const after = await countData(db)
    // 8 − 2 deleted + 1 restored = 7; 3 − 1 = 2; the rest unchanged.
    expect(after).toEqual({ ...before, progress: 7, spending: 2 })
    // The rows themselves are all still there (soft deletes).
    expect(await db.progress.count()).toBe(8)
  })
})
