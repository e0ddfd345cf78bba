// The province's comparison as its worker works it out (src/workers/province-follower.ts), on
// fake-indexeddb: slices of units, the first one small, together the rows the one-read comparison gives.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { importPackage } from '@/db/import-package'
import { yearPackage } from '@/db/dashboard-queries'
import { addProgress } from '@/db/progress'
import { comparisonRows } from '@/domain/dashboard'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import {
  FIRST_SLICE,
  provinceFollower,
  type ProvinceMessage,
  type ProvinceReply,
} from '@/workers/province-follower'
import { world } from '../db/helpers'
import { builtInPackage } from '../fixtures/built-in'

/** The built-in prefecture union plus `n` counties, each with a copy of its department sheet. */
function counties(n: number): LedgerPackage {
  const base = builtInPackage()
  const dept = base.sheets.find((s) => s.kind === 'department')!
  const units = Array.from({ length: n }, (_, k) => ({ id: `c${k}`, name: `县${k}`, parentId: 'kz-fed' }))
  return {
    ...base,
    units: [...base.units, ...units],
    sheets: [
      ...base.sheets,
      ...units.map((u) => ({
        ...dept,
        id: `${u.id}-sheet`,
        unitId: u.id,
        indicators: dept.indicators.map((i) => ({ ...i, id: `${u.id}-${i.id}` })),
      })),
    ],
  }
}

function inbox() {
  const seen: ProvinceReply[] = []
  let waiting: { count: number; resolve: () => void } | null = null
  const post = (m: ProvinceMessage) => {
    if (!m.ok) throw new Error(m.message)
    seen.push(m.reply)
    if (waiting && seen.length >= waiting.count) waiting.resolve()
  }
  const until = (count: number) =>
    new Promise<void>((resolve) => {
      waiting = { count, resolve }
      if (seen.length >= count) resolve()
    })
  return { seen, post, until }
}

describe('the province comparison worker', () => {
  it('posts a small first slice, then the rest, together the rows of the one-read comparison', async () => {
    const { db, admin } = await world()
    const n = FIRST_SLICE + 5
    await importPackage(db, counties(n), admin)
    const box = inbox()
    const follower = provinceFollower(db, box.post)
    follower.request({ year: 2025, asOf: '2025-06-30' })
    await box.until(2)
    const [first, second] = box.seen as [ProvinceReply, ProvinceReply]
    // n counties + the union: FIRST_SLICE units first, the remaining 6 next.
    expect(first.rows).toHaveLength(FIRST_SLICE)
    expect([first.done, first.total]).toEqual([FIRST_SLICE, n + 1])
    expect(second.rows).toHaveLength(6)
    expect(second.done).toBe(n + 1)
    expect(second.read).toBe(first.read)
    const full = await yearPackage(db, 2025)
    expect([...first.rows, ...second.rows]).toEqual(
      comparisonRows(full.units, full.sheets, scorePackage(full, '2025-06-30').sheets),
    )

    // A write re-reads from the first slice, under a new read number: 3 of ≥4 → 15 × 3/4 = 11.25.
    await addProgress(db, admin, { indicatorId: 'c0-d-i1', date: '2025-02-01', value: '3' })
    await box.until(4)
    const again = box.seen[2]!
    expect(again.read).not.toBe(first.read)
    expect(again.rows.find((r) => r.unitId === 'c0')).toMatchObject({ score: '11.25' })
    expect(first.rows.find((r) => r.unitId === 'c0')).toMatchObject({ score: '0.00' })
    follower.stop()
  })
})
