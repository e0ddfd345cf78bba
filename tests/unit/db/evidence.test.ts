// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getAttachmentBlob, listAttachments } from '@/db/attachments'
import { listEntryAudit } from '@/db/audit'
import { listUnitYearEntries } from '@/db/entry-queries'
import { LockedError, PermissionError, RecordNotFoundError, ValidationError } from '@/db/errors'
import { addEvidence } from '@/db/evidence'
import { addProgress, addProgressBatch, deleteProgress, restoreProgress, updateProgress } from '@/db/progress'
import { setSheetStatus } from '@/db/sheets'
import { addSpending } from '@/db/spending'
import { isQuotaError, StorageFullError } from '@/db/storage'
import { worldWithData } from './helpers'

const photo = () => ({
  file: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' }),
  name: '活动照片.jpg',
})
const pdf = () => ({ file: new Blob(['%PDF-1.4 签到表'], { type: 'application/pdf' }), name: '签到表.pdf' })

describe('addProgress', () => {
  it('writes the entry, its files and their audit entries together', async () => {
    const { db, entry } = await worldWithData()
    const saved = await addProgress(
      db,
      entry,
      { indicatorId: 'p1-i1', date: '2025-04-02', value: '1', note: '第二次划拨' },
      [photo(), pdf()],
    )
    expect(saved.entry).toMatchObject({ sheetId: 'kz-2025-proj-1', unitId: 'kz-fed', by: '张三' })
    expect(saved.attachments.map((a) => [a.name, a.ownerId, a.sheetId])).toEqual([
      ['活动照片.jpg', saved.entry.id, 'kz-2025-proj-1'],
      ['签到表.pdf', saved.entry.id, 'kz-2025-proj-1'],
    ])
    const listed = await listAttachments(db, { ownerKind: 'progress', ownerId: saved.entry.id })
    expect(listed).toHaveLength(2)
    const blob = await getAttachmentBlob(db, listed[0]!.id)
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    )
    // 1 create for the entry + 1 per file
    const log = await listEntryAudit(db, 'progress', saved.entry.id)
    expect(log.map((a) => [a.table, a.action])).toEqual(
      expect.arrayContaining([
        ['progress', 'create'],
        ['attachmentMeta', 'create'],
        ['attachmentMeta', 'create'],
      ]),
    )
    expect(log).toHaveLength(3)
  })

  it('saves nothing when the disk is full while writing the second file', async () => {
    const { db, entry } = await worldWithData()
    const before = {
      progress: await db.progress.count(),
      meta: await db.attachmentMeta.count(),
      audit: await db.audit.count(),
    }
    const realAdd = db.attachmentBlobs.add.bind(db.attachmentBlobs)
    let calls = 0
    db.attachmentBlobs.add = ((row: never) => {
      calls++
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return realAdd(row)
    }) as typeof db.attachmentBlobs.add
    const attempt = addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-04-02', value: '1' }, [
      photo(),
      pdf(),
    ])
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError)
    await attempt.catch((e: StorageFullError) => expect(e.bilingual.zh).toContain('均未保存'))
    expect({
      progress: await db.progress.count(),
      meta: await db.attachmentMeta.count(),
      audit: await db.audit.count(),
    }).toEqual(before)
    expect(await db.attachmentBlobs.count()).toBe(0)
  })

  it('is refused for a leader, for a locked sheet and for a bad value, writing nothing', async () => {
    const { db, entry, leader, reviewer } = await worldWithData()
    const count = () => db.progress.count()
    const n = await count()
    await expect(
      addProgress(db, leader, { indicatorId: 'p1-i1', date: '2025-04-02', value: '1' }, [photo()]),
    ).rejects.toBeInstanceOf(PermissionError)
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-04-02', value: '-1' }, [photo()]),
    ).rejects.toBeInstanceOf(ValidationError)
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked')
    await expect(
      addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-04-02', value: '1' }, [photo()]),
    ).rejects.toBeInstanceOf(LockedError)
    expect(await count()).toBe(n)
    expect(await db.attachmentMeta.count()).toBe(0)
  })
})

describe('spending and extra evidence', () => {
  it('adds a spending entry with its voucher, then another file to it', async () => {
    const { db, entry } = await worldWithData()
    const saved = await addSpending(
      db,
      entry,
      { sheetId: 'kz-2025-proj-1', date: '2025-07-01', amount: '12.50', note: '上缴' },
      [pdf()],
    )
    expect(saved.entry).toMatchObject({ amount: '12.50', unitId: 'kz-fed' })
    await addEvidence(db, entry, 'spending', saved.entry.id, [photo()])
    expect(await listAttachments(db, { ownerKind: 'spending', ownerId: saved.entry.id })).toHaveLength(2)
    await expect(addEvidence(db, entry, 'spending', 'nope', [photo()])).rejects.toBeInstanceOf(
      RecordNotFoundError,
    )
  })
})

describe('addProgressBatch', () => {
  it('writes every row or none', async () => {
    const { db, entry } = await worldWithData()
    const n = await db.progress.count()
    await expect(
      addProgressBatch(db, entry, [
        { indicatorId: 'p1-i1', date: '2025-05-01', value: '1' },
        { indicatorId: 'no-such-indicator', date: '2025-05-02', value: '1' },
      ]),
    ).rejects.toBeInstanceOf(RecordNotFoundError)
    expect(await db.progress.count()).toBe(n)
    const rows = await addProgressBatch(db, entry, [
      { indicatorId: 'p1-i1', date: '2025-05-01', value: '1', note: '补录' },
      { indicatorId: 'p1-i1', date: '2025-05-02', value: '2' },
    ])
    expect(rows.map((r) => [r.date, r.by])).toEqual([
      ['2025-05-01', '张三'],
      ['2025-05-02', '张三'],
    ])
    expect(await db.progress.count()).toBe(n + 2)
  })
})

describe('listUnitYearEntries and the recycle bin', () => {
  it('lists live and deleted entries of the year, with evidence metadata', async () => {
    const { db, entry } = await worldWithData()
    const saved = await addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-04-02', value: '1' }, [
      photo(),
    ])
    await deleteProgress(db, entry, 'e-001', '重复')
    const all = await listUnitYearEntries(db, 'kz-fed', 2025)
    expect(all.progress.map((p) => [p.id, p.deletedAt !== null])).toEqual([
      ['e-001', true],
      [saved.entry.id, false],
    ])
    expect(all.spending.map((s) => s.id)).toEqual(['x-001'])
    expect(all.attachments.map((a) => a.ownerId)).toEqual([saved.entry.id])
    expect(await listUnitYearEntries(db, 'kz-fed', 2024)).toEqual({
      progress: [],
      spending: [],
      attachments: [],
    })

    await restoreProgress(db, entry, 'e-001')
    await updateProgress(db, entry, 'e-001', { value: '2' })
    // The import is logged once per sheet (listing the ids it added); the entry's history includes it.
    const log = await listEntryAudit(db, 'progress', 'e-001')
    expect(log.map((a) => a.action)).toEqual(['update', 'restore', 'delete', 'import'])
    expect(log[0]).toMatchObject({ before: { value: '1' }, after: { value: '2' } })
  })
})

describe('isQuotaError', () => {
  it('sees through Dexie’s wrapping', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true)
    expect(isQuotaError(new Error('other'))).toBe(false)
    expect(isQuotaError(undefined)).toBe(false)
  })
})
