// The comparison as the worker works it out (src/workers/comparison-follower.ts, driven directly with
// fake-indexeddb): the same rows as scoring the full export, hand-worked figures, and live updates.
// Dexie's liveQuery stays silent without a global indexedDB when Dexie loads: install it first.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { addProgress, deleteProgress } from '@/db/progress'
import { addSpending } from '@/db/spending'
import { comparisonRows } from '@/domain/dashboard'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import {
  comparisonFollower,
  type ComparisonMessage,
  type ComparisonReply,
} from '@/workers/comparison-follower'
import { world } from '../db/helpers'
import { builtInPackage } from '../fixtures/built-in'

/**
 * The built-in sample (州总工会: a 部门整体 and a project sheet, nothing logged) plus 阿图什 with a copy
 * of the department sheet and 阿克陶 with a copy of the project sheet, and a 2024 sheet that must not count.
 */
function threeUnits(): LedgerPackage {
  const base = builtInPackage()
  const [dept, proj] = base.sheets as [LedgerPackage['sheets'][0], LedgerPackage['sheets'][0]]
  const copy = (sheet: typeof dept, unitId: string, year: number, prefix: string) => ({
    ...sheet,
    id: `${prefix}-sheet`,
    unitId,
    year,
    indicators: sheet.indicators.map((i) => ({ ...i, id: `${prefix}-${i.id}` })),
  })
  return {
    ...base,
    units: [
      ...base.units,
      { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' },
      { id: 'akto', name: '阿克陶县总工会', parentId: 'kz-fed' },
    ],
    sheets: [
      ...base.sheets,
      copy(dept, 'atush', 2025, 'a25'),
      copy(proj, 'akto', 2025, 'k25'),
      copy(dept, 'atush', 2024, 'a24'),
    ],
    progress: [
      { id: 'a1', indicatorId: 'a25-d-i1', date: '2025-02-01', value: '3' },
      { id: 'a24', indicatorId: 'a24-d-i1', date: '2024-05-01', value: '4' },
      // Two readings of 资金使用合规率 (latest) on the same day: the later one (by id) counts.
      { id: 'k-r2', indicatorId: 'k25-p1-i2', date: '2025-03-01', value: '100' },
      { id: 'k-r1', indicatorId: 'k25-p1-i2', date: '2025-03-01', value: '50' },
      { id: 'k-r0', indicatorId: 'k25-p1-i2', date: '2025-01-05', value: '10' },
    ],
    spending: [{ id: 'ax1', sheetId: 'a25-sheet', date: '2025-05-01', amount: '100.00' }],
  }
}

/** Collects the follower's messages; `next()` resolves with the next one. */
function inbox() {
  const seen: ComparisonMessage[] = []
  let waiting: ((m: ComparisonMessage) => void) | null = null
  const post = (m: ComparisonMessage) => {
    seen.push(m)
    waiting?.(m)
    waiting = null
  }
  const next = async (): Promise<ComparisonReply> => {
    const m = await new Promise<ComparisonMessage>((resolve) => (waiting = resolve))
    if (!m.ok) throw new Error(m.message)
    return m.reply
  }
  return { seen, post, next }
}

const row = (reply: ComparisonReply, unitId: string) => reply.rows.find((r) => r.unitId === unitId)!

describe('the comparison worker', () => {
  it('gives the rows scorePackage gives for the same data, and follows writes', async () => {
    const { db, admin } = await world()
    await importPackage(db, threeUnits(), admin)
    const box = inbox()
    const follower = comparisonFollower(db, box.post)

    const first = box.next()
    follower.request({ year: 2025, asOf: '2025-06-30' })
    const reply = await first
    const full = await exportPackage(db, { year: 2025 })
    expect(reply.rows).toEqual(
      comparisonRows(full.units, full.sheets, scorePackage(full, '2025-06-30').sheets),
    )
    // Parents before children; siblings in id order as read.
    expect(reply.rows.map((r) => r.unitId)).toEqual(['kz-fed', 'akto', 'atush'])
    expect(reply.timing.read).not.toBeNull()
    // 阿图什 at 2025-06-30: 3 of ≥4 文体活动 → 15 × 3/4 = 11.25; 100 of 411.81 spent → rate 24.28 %,
    // 10 × 100/411.81 = 2.428… → 2.43; nothing else logged → 0; total 11.25 + 2.43 = 13.68. (The 2024
    // entry of 4 would have made it 15 + 2.43 = 17.43.)
    expect(row(reply, 'atush')).toMatchObject({ sheetId: 'a25-sheet', score: '13.68', rate: '24.28' })
    // 阿克陶: 合规率 =100 %, latest reading of 2025-03-01 is k-r2 (100) → full 15; nothing else → 15.00
    // (k-r1's 50 would give 15 × 50/100 = 7.50).
    expect(row(reply, 'akto')).toMatchObject({ sheetId: 'k25-sheet', score: '15.00', rate: '0.00' })

    // A new entry re-reads: 3 + 1 = 4 of ≥4 → 15; 15 + 2.43 = 17.43.
    const second = box.next()
    const { entry: added } = await addProgress(db, admin, {
      indicatorId: 'a25-d-i1',
      date: '2025-03-01',
      value: '1',
    })
    expect(row(await second, 'atush')).toMatchObject({ score: '17.43' })
    // Spending too: 100 + 100 = 200 of 411.81 → rate 48.566… → 48.57 %, 10 × 0.48566… → 4.86; 15 + 4.86 = 19.86.
    const third = box.next()
    await addSpending(db, admin, { sheetId: 'a25-sheet', date: '2025-06-01', amount: '100.00' })
    expect(row(await third, 'atush')).toMatchObject({ score: '19.86', rate: '48.57' })
    // And a deletion: back to 3 of 4 → 11.25; 11.25 + 4.86 = 16.11.
    const fourth = box.next()
    await deleteProgress(db, admin, added.id)
    expect(row(await fourth, 'atush')).toMatchObject({ score: '16.11' })

    // Another date only re-scores: at 2025-01-31 neither the entries nor the spending count (0 %).
    const fifth = box.next()
    follower.request({ year: 2025, asOf: '2025-01-31' })
    const earlier = await fifth
    expect(earlier.timing.read).toBeNull()
    expect(row(earlier, 'atush')).toMatchObject({ score: '0.00', rate: '0.00' })

    // Stopped: a write no longer produces rows.
    follower.request(null)
    const count = box.seen.length
    await addProgress(db, admin, { indicatorId: 'a25-d-i2', date: '2025-03-01', value: '1' })
    await new Promise((r) => setTimeout(r, 50))
    expect(box.seen).toHaveLength(count)
  })

  it('gives no rows for a year without sheets', async () => {
    const { db, admin } = await world()
    await importPackage(db, threeUnits(), admin)
    const box = inbox()
    const follower = comparisonFollower(db, box.post)
    const reply = box.next()
    follower.request({ year: 2023, asOf: '2023-06-30' })
    expect((await reply).rows).toEqual([])
    follower.stop()
  })
})
