// The sheet digests behind the all-unit comparison: derived from the rows, forgotten in the same
// transaction as any write to their sheet's rows, rebuilt when missing, and always what the rows say.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { yearPackage } from '@/db/dashboard-queries'
import type { LedgerDb } from '@/db/database'
import { importPackage } from '@/db/import-package'
import { addProgress, deleteProgress, restoreProgress, updateProgress } from '@/db/progress'
import { addSpending, deleteSpending, updateSpending } from '@/db/spending'
import { LOOKUP_LIMIT } from '@/db/sheet-digest-middleware'
import { buildSheetDigests, digestOf } from '@/db/sheet-digests'
import { readSheetContents } from '@/db/sheet-contents'
import { halfYear } from '../fixtures/built-in'
import { world } from './helpers'

const DEPT = 'kz-2025-dept'
const PROJ = 'kz-2025-proj-1'
const BOTH = [DEPT, PROJ]

async function storedDigests(db: LedgerDb): Promise<string[]> {
  return (await db.sheetDigests.toCollection().primaryKeys()).sort()
}

/** The sample imported and both digests built, as the comparison leaves them. */
async function withDigests() {
  const w = await world()
  await importPackage(w.db, halfYear(), w.admin)
  await yearPackage(w.db, 2025)
  expect(await storedDigests(w.db)).toEqual(BOTH.slice().sort())
  return w
}

/** What the digests must hold: the sheets' live rows, read the slow way. */
async function fromRows(db: LedgerDb, sheetIds: string[]) {
  const rows = await db.transaction('r', [db.indicators, db.progress, db.spending, db.assessments], () =>
    readSheetContents(db, sheetIds),
  )
  return sheetIds.map((id) =>
    digestOf(
      id,
      rows.progress.filter((r) => r.sheetId === id),
      rows.spending.filter((r) => r.sheetId === id),
    ),
  )
}

describe('sheet digests', () => {
  it('are built on the first comparison read with exactly the live rows, and used after that', async () => {
    const { db } = await withDigests()
    const [dept, proj] = await db.sheetDigests.bulkGet(BOTH)
    // The sample: e1–e6 and e8 on the department sheet, e7 on the project; s1 / s2, s3.
    expect(dept!.progress.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e8'])
    expect(proj!.progress).toEqual([{ id: 'e7', indicatorId: 'p1-i1', date: '2025-03-01', value: '1' }])
    expect(proj!.spending.map((e) => [e.id, e.amount])).toEqual([
      ['s2', '20.00'],
      ['s3', '40.00'],
    ])
    // A stored digest is what the read uses: a marked one shows through.
    await db.sheetDigests.put({ ...proj!, progress: [{ ...proj!.progress[0]!, value: '99' }] })
    expect((await yearPackage(db, 2025)).progress.find((e) => e.id === 'e7')?.value).toBe('99')
  })

  it('each kind of entry write forgets the digest of its sheet and only that one', async () => {
    const { db, admin } = await withDigests()
    const writes: [string, () => Promise<unknown>][] = [
      [
        'add progress',
        () => addProgress(db, admin, { indicatorId: 'p1-i1', date: '2025-04-01', value: '1' }),
      ],
      ['update progress', () => updateProgress(db, admin, 'e7', { value: '2' })],
      ['delete progress', () => deleteProgress(db, admin, 'e7')],
      ['restore progress', () => restoreProgress(db, admin, 'e7')],
      ['add spending', () => addSpending(db, admin, { sheetId: PROJ, date: '2025-05-01', amount: '1.00' })],
      ['update spending', () => updateSpending(db, admin, 's2', { amount: '21.00' })],
      ['delete spending', () => deleteSpending(db, admin, 's3')],
    ]
    for (const [name, write] of writes) {
      await write()
      expect(await storedDigests(db), name).toEqual([DEPT])
      // Rebuilt on the next read, and equal to the rows.
      const pkg = await yearPackage(db, 2025)
      expect(await db.sheetDigests.get(PROJ), name).toEqual((await fromRows(db, [PROJ]))[0])
      expect(pkg.progress.filter((e) => e.indicatorId === 'p1-i1').length, name).toBeGreaterThan(0)
    }
  })

  it('an import forgets the digests of the sheets its entries go into', async () => {
    const { db, admin } = await withDigests()
    const pkg = halfYear()
    await importPackage(
      db,
      {
        ...pkg,
        progress: [...pkg.progress, { id: 'new-1', indicatorId: 'd-i1', date: '2025-08-01', value: '1' }],
      },
      admin,
    )
    expect(await storedDigests(db)).toEqual([PROJ])
    expect((await yearPackage(db, 2025)).progress.map((e) => e.id)).toContain('new-1')
  })

  it('a row put into another sheet, or deleted outright, forgets the old sheet too', async () => {
    const { db } = await withDigests()
    const e7 = (await db.progress.get('e7'))!
    await db.progress.put({ ...e7, indicatorId: 'd-i1', sheetId: DEPT })
    expect(await storedDigests(db)).toEqual([])

    await buildSheetDigests(db, BOTH)
    await db.progress.delete('e7')
    expect(await storedDigests(db)).toEqual([PROJ])

    await buildSheetDigests(db, BOTH)
    await db.spending.delete('s2')
    expect(await storedDigests(db)).toEqual([DEPT])
  })

  it(`a put of more than ${LOOKUP_LIMIT} rows, or clearing a table, forgets every digest`, async () => {
    const { db } = await withDigests()
    const e7 = (await db.progress.get('e7'))!
    const many = Array.from({ length: LOOKUP_LIMIT + 1 }, (_, i) => ({ ...e7, id: `bulk-${i}` }))
    await db.progress.bulkPut(many)
    expect(await storedDigests(db)).toEqual([])

    await buildSheetDigests(db, BOTH)
    await db.spending.clear()
    expect(await storedDigests(db)).toEqual([])
  })

  it('a write that is rolled back keeps the digest', async () => {
    const { db } = await withDigests()
    const e7 = (await db.progress.get('e7'))!
    await expect(
      db.transaction('rw', db.progress, async () => {
        await db.progress.put({ ...e7, value: '5' })
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(await storedDigests(db)).toEqual(BOTH.slice().sort())
    expect((await db.sheetDigests.get(PROJ))!.progress[0]!.value).toBe('1')
  })

  it('when the digests cannot be stored (a full disk), the comparison still reads the right entries', async () => {
    const { db, admin } = await world()
    await importPackage(db, halfYear(), admin)
    db.sheetDigests.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const pkg = await yearPackage(db, 2025)
    const expected = await fromRows(db, BOTH)
    expect(pkg.progress).toEqual(expected.flatMap((d) => d.progress))
    // e1–e8 of the sample, none stored as a digest.
    expect(pkg.progress).toHaveLength(8)
    expect(await storedDigests(db)).toEqual([])
  })

  it('whatever the writes, the comparison read equals the rows (property)', async () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        indicator: fc.constantFrom('d-i1', 'd-i3', 'p1-i1'),
        day: fc.integer({ min: 1, max: 28 }),
        value: fc.integer({ min: 0, max: 9 }),
      }),
      fc.record({
        kind: fc.constant('update' as const),
        pick: fc.nat(),
        value: fc.integer({ min: 0, max: 9 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('spend' as const),
        sheet: fc.constantFrom(DEPT, PROJ),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({ kind: fc.constant('read' as const) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const { db, admin } = await withDigests()
        for (const o of ops) {
          const live = (await db.progress.toArray()).filter((r) => r.deletedAt === null)
          if (o.kind === 'add')
            await addProgress(db, admin, {
              indicatorId: o.indicator,
              date: `2025-03-${String(o.day).padStart(2, '0')}`,
              value: String(o.value),
            })
          else if (o.kind === 'update' && live.length)
            await updateProgress(db, admin, live[o.pick % live.length]!.id, { value: String(o.value) })
          else if (o.kind === 'delete' && live.length)
            await deleteProgress(db, admin, live[o.pick % live.length]!.id)
          else if (o.kind === 'spend')
            await addSpending(db, admin, {
              sheetId: o.sheet,
              date: `2025-05-${String(o.day).padStart(2, '0')}`,
              amount: '1.00',
            })
          else if (o.kind === 'read') await yearPackage(db, 2025)
        }
        const pkg = await yearPackage(db, 2025)
        const expected = await fromRows(
          db,
          pkg.sheets.map((s) => s.id),
        )
        expect(pkg.progress).toEqual(expected.flatMap((d) => d.progress))
        expect(pkg.spending).toEqual(expected.flatMap((d) => d.spending))
        db.close()
      }),
      { numRuns: 25 },
    )
  })
})
