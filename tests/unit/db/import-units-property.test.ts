// Issue 15: whatever two county files hold, in whichever order they come, and however often they are
// sent again (same ids, or new ids for the same entries), no unit's scores change by another unit's
// file, and the prefecture's own never change by either.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LedgerDb } from '@/db/database'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import type { Actor } from '@/db/rows'
import { scorePackage } from '@/domain/scoring/package'
import type { LedgerPackage } from '@/domain/types'
import { smallPackage, world } from './helpers'

interface Entry {
  id: string
  value: number
  day: number
}

/** A county's file made from the same template as every other: the same sheet and indicator ids. */
function countyFile(unitId: string, name: string, entries: readonly Entry[], prefix = ''): LedgerPackage {
  const base = smallPackage()
  const sheet = {
    ...base.sheets[0],
    id: 'c-sheet',
    unitId,
    name: `${name}项目`,
    indicators: base.sheets[0].indicators.map((i) => ({ ...i, id: `c-${i.id}` })),
  }
  return {
    ...base,
    // The prefecture listed as the county's database spells it: never renamed by this file.
    units: [
      { ...base.units[0], name: '克州总工会' },
      { id: unitId, name, parentId: base.units[0].id },
    ],
    sheets: [sheet],
    progress: entries.map((e) => ({
      id: `${prefix}${e.id}`,
      indicatorId: 'c-p1-i1',
      date: `2025-03-${String(e.day).padStart(2, '0')}`,
      value: String(e.value),
    })),
    spending: entries
      .slice(0, 1)
      .map((e) => ({
        id: `${prefix}x-${e.id}`,
        sheetId: 'c-sheet',
        date: '2025-06-30',
        amount: String(e.value * 10),
      })),
    judgements: [{ indicatorId: 'c-p1-i6', tier: '达成', score: '18', note: '' }],
  }
}

/** Each unit's sheets as scored: name, total and every indicator's actual (ids may be re-keyed). */
async function scoresOf(db: LedgerDb, unitId: string) {
  const pkg = await exportPackage(db, { unitId })
  return scorePackage(pkg).sheets.map((s) => ({
    name: s.name,
    total: s.total,
    indicators: s.indicators.map((i) => [i.name, i.actual, i.score]),
    budget: s.budget,
  }))
}

async function prefecture(): Promise<{ db: LedgerDb; admin: Actor }> {
  const { db, admin } = await world()
  await importPackage(db, smallPackage(), admin)
  return { db, admin }
}

const entries = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
    value: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 3 }),
  }),
  { selector: (e) => e.id, minLength: 1, maxLength: 4 },
)

describe('imports between units (property)', () => {
  it('no unit’s scores change by another unit’s file, in either order, with ids re-sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        entries,
        entries,
        fc.boolean(),
        fc.constantFrom('none', 'sameIds', 'newIds'),
        async (a, b, aFirst, resend) => {
          const fileA = countyFile('atush', '阿图什市总工会', a)
          const fileB = countyFile('wuqia', '乌恰县总工会', b)
          const alone = async (file: LedgerPackage, unitId: string) => {
            const w = await prefecture()
            await importPackage(w.db, file, w.admin, { asUnit: 'kz-fed' })
            return scoresOf(w.db, unitId)
          }
          const expected = { atush: await alone(fileA, 'atush'), wuqia: await alone(fileB, 'wuqia') }
          const { db, admin } = await prefecture()
          const own = await scoresOf(db, 'kz-fed')
          const options = { asUnit: 'kz-fed' }
          for (const file of aFirst ? [fileA, fileB] : [fileB, fileA])
            await importPackage(db, file, admin, options)
          if (resend === 'sameIds') await importPackage(db, fileA, admin, options)
          if (resend === 'newIds')
            await importPackage(db, countyFile('atush', '阿图什市总工会', a, 'n-'), admin, options)
          expect(await scoresOf(db, 'atush')).toEqual(expected.atush)
          expect(await scoresOf(db, 'wuqia')).toEqual(expected.wuqia)
          expect(await scoresOf(db, 'kz-fed')).toEqual(own)
          expect((await db.units.get('kz-fed'))?.name).toBe('克孜勒苏柯尔克孜自治州总工会')
        },
      ),
      { numRuns: 20 },
    )
  }, 120_000)
})
