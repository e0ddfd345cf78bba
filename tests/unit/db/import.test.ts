import { describe, expect, it } from 'vitest'
import { ConflictError, PermissionError, ValidationError } from '@/db/errors'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { asActor, ensureFirstAdmin } from '@/db/profiles'
import { freshDb, smallPackage, world } from './helpers'
import type { LedgerDb } from '@/db/database'

async function snapshot(db: LedgerDb) {
  const out: Record<string, number> = {}
  for (const t of db.tables) out[t.name] = await t.count()
  return out
}

describe('importPackage', () => {
  it('keeps an empty qualitative target (a blank cell of a real table) instead of refusing the file', async () => {
    const { db, admin } = await world()
    const pkg = smallPackage()
    const second = pkg.sheets[0].indicators[1]
    second.target = { op: 'qualitative', text: '' }
    await importPackage(db, pkg, admin)
    expect((await db.indicators.get(second.id))?.target).toEqual({ op: 'qualitative', text: '' })
  })

  it('adds everything and counts it', async () => {
    const { db, admin } = await world()
    const result = await importPackage(db, smallPackage(), admin)
    expect(result.added).toEqual({
      units: 1,
      sheets: 1,
      indicators: 2,
      progress: 1,
      spending: 1,
      judgements: 1,
      overrides: 0,
      notApplicable: 0,
      deviations: 0,
    })
    expect((await db.audit.toArray()).filter((a) => a.action === 'import')).toHaveLength(7)
  })

  it('is all or nothing: a bad last row leaves the database unchanged', async () => {
    const { db, admin } = await world()
    const before = await snapshot(db)
    const pkg = smallPackage()
    pkg.spending.push({ id: 'x-bad', sheetId: 'kz-2025-proj-1', date: '2025-07-01', amount: '12.5.0' })
    await expect(importPackage(db, pkg, admin)).rejects.toBeInstanceOf(ValidationError)
    expect(await snapshot(db)).toEqual(before)
  })

  it('is all or nothing when the database itself fails mid-way', async () => {
    const { db, admin } = await world()
    const before = await snapshot(db)
    const boom = () => {
      throw new Error('quota exceeded')
    }
    db.spending.hook('creating', boom)
    try {
      await expect(importPackage(db, smallPackage(), admin)).rejects.toThrow('quota exceeded')
    } finally {
      db.spending.hook('creating').unsubscribe(boom)
    }
    expect(await snapshot(db)).toEqual(before)
  })

  it('skips identical rows and refuses changed ones with a ConflictError, writing nothing', async () => {
    const { db, admin } = await world()
    await importPackage(db, smallPackage(), admin)
    const again = await importPackage(db, smallPackage(), admin)
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true)
    expect(again.skipped).toMatchObject({
      units: 1,
      sheets: 1,
      indicators: 2,
      progress: 1,
      spending: 1,
      judgements: 1,
    })

    const before = await snapshot(db)
    const pkg = smallPackage()
    pkg.progress[0].value = '2'
    pkg.sheets[0].indicators[0].weight = 10
    pkg.progress.push({ id: 'e-new', indicatorId: 'p1-i1', date: '2025-05-01', value: '1' })
    const err = await importPackage(db, pkg, admin).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConflictError)
    expect((err as ConflictError).conflicts).toEqual([
      { table: 'indicators', id: 'p1-i1', reason: 'different-content' },
      { table: 'progress', id: 'e-001', reason: 'different-content' },
    ])
    expect(await snapshot(db)).toEqual(before)
  })

  it('is an administrator’s action', async () => {
    const { db, entry } = await world()
    await expect(importPackage(db, smallPackage(), entry)).rejects.toBeInstanceOf(PermissionError)
  })
})

describe('exportPackage', () => {
  it('gives back the normalised package that was imported, without database fields', async () => {
    const { db, admin } = await world()
    await importPackage(db, smallPackage(), admin)
    const { exportedAt, ...out } = await exportPackage(db, { unitId: 'kz-fed', year: 2025 })
    expect(exportedAt).toMatch(/^\d{4}-/)
    const expected = smallPackage()
    expected.sheets[0].status = 'draft'
    expect(out).toEqual(expected)
    expect(await exportPackage(db, { unitId: 'kz-fed', year: 2024 })).toMatchObject({
      sheets: [],
      progress: [],
    })
  })

  it('round-trips into a fresh database', async () => {
    const { db, admin } = await world()
    await importPackage(db, smallPackage(), admin)
    const first = await exportPackage(db)
    const other = freshDb()
    await importPackage(other, first, asActor(await ensureFirstAdmin(other)))
    const second = await exportPackage(other)
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null })
  })
})
