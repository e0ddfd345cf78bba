// The overview's live read (unitYearPackage inside Dexie's liveQuery, without an explicit transaction,
// as src/stores/ledger.ts reads it): the same package as the transactional export, and a new one
// after every write that changes it: a spending or progress entry, the parent unit's name, a deleted
// indicator. Dexie's liveQuery stays silent without a global indexedDB when Dexie loads: install it first.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { LedgerDb } from '@/db/database'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { deleteIndicator } from '@/db/indicators'
import { liveQuery } from '@/db/live-query'
import { addProgress } from '@/db/progress'
import { addSpending } from '@/db/spending'
import { unitYearPackage } from '@/db/unit-year-package'
import { updateUnit } from '@/db/units'
import type { LedgerPackage } from '@/domain/types'
import { smallPackage, world } from './helpers'

/** The small sample under 阿图什 (a unit below the prefecture) and a copy of it under 阿克陶. */
function twoCounties(): LedgerPackage {
  const base = smallPackage()
  const sheetOf = (unitId: string, prefix: string) => ({
    ...base.sheets[0],
    id: `${prefix}-sheet`,
    unitId,
    indicators: base.sheets[0].indicators.map((i) => ({ ...i, id: `${prefix}-${i.id}` })),
  })
  return {
    ...base,
    units: [
      ...base.units,
      { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' },
      { id: 'akto', name: '阿克陶县总工会', parentId: 'kz-fed' },
    ],
    sheets: [sheetOf('atush', 'a'), sheetOf('akto', 'k')],
    progress: [{ id: 'a-e1', indicatorId: 'a-p1-i1', date: '2025-03-01', value: '2' }],
    spending: [{ id: 'a-x1', sheetId: 'a-sheet', date: '2025-04-01', amount: '10.00' }],
    judgements: [],
  }
}

/** Follows the unit-year the way the ledger store does; `next()` resolves with the next package. */
function follow(db: LedgerDb, q: { unitId: string; year: number }) {
  const seen: LedgerPackage[] = []
  let waiting: (() => void) | null = null
  const subscription = liveQuery(async () => unitYearPackage(db, q.unitId, q.year)).subscribe({
    next: (pkg) => {
      seen.push(pkg)
      waiting?.()
    },
  })
  return {
    seen,
    next: (count: number) =>
      new Promise<LedgerPackage>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no package #${count} within 2 s`)), 2000)
        const check = () => {
          if (seen.length < count) return
          clearTimeout(timer)
          waiting = null
          resolve(seen[count - 1]!)
        }
        waiting = check
        check()
      }),
    stop: () => subscription.unsubscribe(),
  }
}

const at = (pkg: LedgerPackage) => ({ ...pkg, exportedAt: '' })

describe('the live read of one unit-year', () => {
  it('gives what the transactional export gives, and follows every write that changes it', async () => {
    const { db, admin } = await world()
    await importPackage(db, twoCounties(), admin)
    const q = { unitId: 'atush', year: 2025 }
    const live = follow(db, q)
    try {
      const first = await live.next(1)
      expect(at(first)).toEqual(at(await exportPackage(db, q)))
      // The unit and the prefecture above it; one entry of each kind.
      expect(first.units.map((u) => u.id)).toEqual(['atush', 'kz-fed'])
      expect(first.progress.map((e) => e.id)).toEqual(['a-e1'])
      expect(first.spending.map((x) => x.amount)).toEqual(['10.00'])

      await addSpending(db, admin, { sheetId: 'a-sheet', date: '2025-05-01', amount: '2.50' })
      expect((await live.next(2)).spending.map((x) => x.amount)).toEqual(['10.00', '2.50'])

      await addProgress(db, admin, { indicatorId: 'a-p1-i1', date: '2025-02-01', value: '1' })
      // Date order: 02-01 before the 03-01 entry.
      expect((await live.next(3)).progress.map((e) => e.value)).toEqual(['1', '2'])

      // The parent's name comes through the walk up the units, which is watched too.
      await updateUnit(db, admin, 'kz-fed', { name: '州总工会' })
      expect((await live.next(4)).units.find((u) => u.id === 'kz-fed')?.name).toBe('州总工会')

      await deleteIndicator(db, admin, 'a-p1-i1')
      const fifth = await live.next(5)
      expect(fifth.sheets[0]!.indicators.map((i) => i.id)).not.toContain('a-p1-i1')
      expect(fifth.progress).toEqual([])
      expect(at(fifth)).toEqual(at(await exportPackage(db, q)))
    } finally {
      live.stop()
    }
  })

  it('stays quiet when another unit is written to', async () => {
    const { db, admin } = await world()
    await importPackage(db, twoCounties(), admin)
    const live = follow(db, { unitId: 'atush', year: 2025 })
    try {
      await live.next(1)
      await addSpending(db, admin, { sheetId: 'k-sheet', date: '2025-05-01', amount: '7.00' })
      await addProgress(db, admin, { indicatorId: 'k-p1-i1', date: '2025-05-01', value: '1' })
      // A write to the followed unit afterwards is the next package: nothing came in between.
      await addSpending(db, admin, { sheetId: 'a-sheet', date: '2025-06-01', amount: '1.00' })
      const second = await live.next(2)
      expect(second.spending.map((x) => x.amount)).toEqual(['10.00', '1.00'])
      expect(live.seen).toHaveLength(2)
    } finally {
      live.stop()
    }
  })
})
