import { describe, expect, it } from 'vitest'
import { listEntryAudit } from '@/db/audit'
import { RecordNotFoundError } from '@/db/errors'
import { deleteProgress, listProgress, restoreProgress, updateProgress } from '@/db/progress'
import { worldWithData } from './helpers'

describe('soft delete', () => {
  it('marks the row, hides it from queries, and restore brings it back', async () => {
    const { db, entry } = await worldWithData()
    await deleteProgress(db, entry, 'e-001', '录错了')
    const marked = await db.progress.get('e-001')
    expect(marked?.deletedAt).toMatch(/^\d{4}-/)
    expect(await listProgress(db, { indicatorId: 'p1-i1' })).toHaveLength(0)
    expect(await listProgress(db, { indicatorId: 'p1-i1', includeDeleted: true })).toHaveLength(1)
    await expect(updateProgress(db, entry, 'e-001', { value: '9' })).rejects.toBeInstanceOf(
      RecordNotFoundError,
    )

    await restoreProgress(db, entry, 'e-001')
    expect((await db.progress.get('e-001'))?.deletedAt).toBeNull()
    expect(await listProgress(db, { indicatorId: 'p1-i1' })).toHaveLength(1)

    // The import is logged once per sheet, listing the ids it added; the entry's history includes it.
    const actions = (await listEntryAudit(db, 'progress', 'e-001')).map((a) => [a.action, a.reason])
    expect(actions).toEqual([
      ['restore', undefined],
      ['delete', '录错了'],
      ['import', undefined],
    ])
  })
})
