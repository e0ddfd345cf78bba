// The import at provincial scale: one audit entry per sheet and table for the entries, the fast
// existence check (key ranges instead of a get per id), and all or nothing across bulk chunks.
import { describe, expect, it } from 'vitest'
import { listAudit, listEntryAudit } from '@/db/audit'
import type { LedgerDb } from '@/db/database'
import { LockedError, ValidationError } from '@/db/errors'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { previewImport } from '@/db/import-preview'
import { updateProgress } from '@/db/progress'
import { setSheetStatus } from '@/db/sheets'
import type { LedgerPackage, ProgressEntry } from '@/domain/types'
import { smallPackage, world, worldWithData } from './helpers'

async function snapshot(db: LedgerDb) {
  const out: Record<string, number> = {}
  for (const t of db.tables) out[t.name] = await t.count()
  return out
}

/**
 * `n` progress entries on p1-i1 (sheet kz-2025-proj-1), ids e-00000 … in key order; each note
 * names its entry, so that none repeats another under a new id (a duplicate, skipped).
 */
function entries(n: number, from = 0): ProgressEntry[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `e-${String(from + k).padStart(5, '0')}`,
    indicatorId: 'p1-i1',
    date: '2025-04-01',
    value: '1',
    note: `第${from + k}条`,
  }))
}

function withEntries(n: number): LedgerPackage {
  const pkg = smallPackage()
  pkg.progress = entries(n)
  return pkg
}

describe('the audit of an import', () => {
  it('has one entry per sheet and table for the entries, listing their ids, and one per target row', async () => {
    const { db, admin } = await world()
    const pkg = smallPackage()
    pkg.progress.push({ id: 'e-002', indicatorId: 'p1-i6', date: '2025-04-01', value: '1' })
    await importPackage(db, pkg, admin)

    const log = (await db.audit.toArray()).filter((a) => a.action === 'import')
    // 1 unit + 1 sheet + 2 indicators + 1 judgement, one entry each; 2 progress rows of one sheet
    // in 1 entry; 1 spending row in 1 entry: 5 + 1 + 1 = 7.
    expect(log).toHaveLength(7)
    const progress = log.filter((a) => a.table === 'progress')
    expect(progress).toEqual([
      expect.objectContaining({
        rowId: 'kz-2025-proj-1',
        unitId: 'kz-fed',
        before: null,
        after: { count: 2, ids: ['e-001', 'e-002'] },
        actorId: admin.id,
      }),
    ])
    expect(log.filter((a) => a.table === 'spending').map((a) => a.after)).toEqual([
      { count: 1, ids: ['x-001'] },
    ])
    // No entry per imported row: the row itself says when and by whom.
    expect(await listAudit(db, { table: 'progress', rowId: 'e-001' })).toEqual([])
    const row = await db.progress.get('e-001')
    expect(row).toMatchObject({ updatedBy: admin.id, deletedAt: null })
    expect(row?.createdAt).toBe(progress[0].at)
  })

  it('the history of an imported entry (the entry panel) starts with its import', async () => {
    const { db, admin } = await world()
    await importPackage(db, smallPackage(), admin)
    await updateProgress(db, admin, 'e-001', { value: '3' })
    const history = await listEntryAudit(db, 'progress', 'e-001')
    expect(history.map((a) => [a.action, a.rowId])).toEqual([
      ['update', 'e-001'],
      ['import', 'kz-2025-proj-1'],
    ])
    expect(await listEntryAudit(db, 'spending', 'x-001')).toEqual([
      expect.objectContaining({ action: 'import', after: { count: 1, ids: ['x-001'] } }),
    ])
  })

  it('keeps the imported content: the first later edit records it as `before`', async () => {
    const { db, admin } = await world()
    await importPackage(db, smallPackage(), admin)
    await updateProgress(db, admin, 'e-001', { value: '3' })
    const [edit] = await listAudit(db, { table: 'progress', rowId: 'e-001' })
    expect(edit).toMatchObject({
      action: 'update',
      before: { value: '1', note: '首次划拨' },
      after: { value: '3' },
    })
  })
})

describe('existence check by key range', () => {
  it('finds rows already here among many new ones: same content skipped, other content a conflict', async () => {
    const { db, admin } = await world()
    // 100 entries stored (more than the 64 read one by one), then a file of 200: the first 100 again,
    // one of them changed, and 100 new.
    await importPackage(db, withEntries(100), admin)
    const pkg = withEntries(200)
    pkg.progress[37].value = '2'
    const { plan } = await previewImport(db, pkg, admin)
    expect(plan.added.progress).toBe(100)
    expect(plan.skipped.progress).toBe(99)
    expect(plan.conflicts.map((c) => [c.key, c.fields])).toEqual([['e-00037', ['value']]])
  })

  it('finds a few stored rows inside a wide range of new ids', async () => {
    const { db, admin } = await world()
    const stored = smallPackage()
    stored.progress = [entries(1, 150)[0], entries(1, 3)[0]]
    await importPackage(db, stored, admin)
    const { plan } = await previewImport(db, withEntries(300), admin)
    // 300 incoming, 2 of them stored with the same content.
    expect([plan.added.progress, plan.skipped.progress, plan.conflicts.length]).toEqual([298, 2, 0])
  })
})

describe('all or nothing at scale', () => {
  it('a refused row after 25,000 good ones (three bulk chunks) leaves the database unchanged', async () => {
    const { db, admin } = await world()
    const before = await snapshot(db)
    const pkg = withEntries(25_000)
    pkg.progress.push({ id: 'e-bad', indicatorId: 'p1-i1', date: '2025-02-30', value: '1' })
    await expect(importPackage(db, pkg, admin)).rejects.toBeInstanceOf(ValidationError)
    expect(await snapshot(db)).toEqual(before)
  })

  it('a database failure in the third chunk rolls back the chunks already written and every audit entry', async () => {
    const { db, admin } = await world()
    const before = await snapshot(db)
    let seen = 0
    const boom = () => {
      if (++seen === 20_001) throw new Error('disk failed')
    }
    db.progress.hook('creating', boom)
    try {
      await expect(importPackage(db, withEntries(25_000), admin)).rejects.toThrow('disk failed')
    } finally {
      db.progress.hook('creating').unsubscribe(boom)
    }
    expect(seen).toBeGreaterThan(20_000)
    expect(await snapshot(db)).toEqual(before)
  })

  it('reports progress up to every row written', async () => {
    const { db, admin } = await world()
    const seen: [number, number][] = []
    await importPackage(db, withEntries(12_000), admin, {
      onProgress: (done, total) => seen.push([done, total]),
    })
    // 1 unit + 1 sheet + 2 indicators + 1 judgement + 12,000 progress (chunks of 10,000 and 2,000) + 1 spending
    // = 1 + 1 + 2 + 1 + 12,000 + 1 = 12,006 rows.
    expect(seen.at(-1)).toEqual([12_006, 12_006])
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b))
    expect(await db.progress.count()).toBe(12_000)
  })
})

describe('locks', () => {
  it('refuses entries into a locked sheet the file does not carry, in the preview and the import', async () => {
    const { db, admin, reviewer } = await worldWithData()
    await setSheetStatus(db, admin, 'kz-2025-proj-1', 'submitted')
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked', '年终锁定')
    const pkg: LedgerPackage = {
      ...smallPackage(),
      units: [],
      sheets: [],
      judgements: [],
      progress: [{ id: 'e-late', indicatorId: 'p1-i1', date: '2025-12-01', value: '1' }],
      spending: [{ id: 'x-late', sheetId: 'kz-2025-proj-1', date: '2025-12-01', amount: '1' }],
    }
    expect((await previewImport(db, pkg, admin)).problem).toBeInstanceOf(LockedError)
    const before = await exportPackage(db)
    await expect(importPackage(db, pkg, admin)).rejects.toBeInstanceOf(LockedError)
    expect({ ...(await exportPackage(db)), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 })
  })
})
