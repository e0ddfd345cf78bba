import { describe, expect, it } from 'vitest'
import type { LedgerDb } from '@/db/database'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { deleteProgress } from '@/db/progress'
import { deleteSpending } from '@/db/spending'
import { readPackage } from '@/domain/exchange/read'
import { writePackage } from '@/domain/exchange/write'
import type { LedgerPackage, Sheet } from '@/domain/types'
import { smallPackage, world } from './helpers'

const UNITS = [
  { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null },
  { id: 'atushi', name: '阿图什市总工会', parentId: 'kz-fed' },
]
const YEARS = [2024, 2025]

/** The sample sheet for each unit × year, with one entry of each kind under its own ids. */
function twoUnitsTwoYears(): LedgerPackage {
  const base = smallPackage()
  const pkg: LedgerPackage = { ...base, units: UNITS, sheets: [], progress: [], spending: [], judgements: [] }
  for (const unit of UNITS) {
    for (const year of YEARS) {
      const tag = `${unit.id}-${year}`
      const sheet: Sheet = {
        ...base.sheets[0],
        id: `s-${tag}`,
        unitId: unit.id,
        year,
        indicators: base.sheets[0].indicators.map((i) => ({ ...i, id: `${i.id}-${tag}` })),
      }
      pkg.sheets.push(sheet)
      pkg.progress.push(
        { id: `e-${tag}-b`, indicatorId: `p1-i1-${tag}`, date: `${year}-05-01`, value: '2', by: '张三' },
        { id: `e-${tag}-a`, indicatorId: `p1-i1-${tag}`, date: `${year}-03-01`, value: '1', by: '张三' },
        { id: `e-${tag}-gone`, indicatorId: `p1-i1-${tag}`, date: `${year}-04-01`, value: '9', by: '张三' },
      )
      pkg.spending.push(
        { id: `x-${tag}`, sheetId: sheet.id, date: `${year}-06-30`, amount: '50.00' },
        { id: `x-${tag}-gone`, sheetId: sheet.id, date: `${year}-07-31`, amount: '9.00' },
      )
      pkg.judgements.push({ indicatorId: `p1-i6-${tag}`, tier: '达成', score: '18' })
    }
  }
  return pkg
}

/** The whole export cut down by hand to some sheets, and to the units those need. */
function cut(all: LedgerPackage, keepSheet: (s: Sheet) => boolean, unitIds: string[]): LedgerPackage {
  const sheets = all.sheets.filter(keepSheet)
  const sheetIds = new Set(sheets.map((s) => s.id))
  const indicatorIds = new Set(sheets.flatMap((s) => s.indicators.map((i) => i.id)))
  const mine = <T extends { indicatorId: string }>(rows: T[]) =>
    rows.filter((r) => indicatorIds.has(r.indicatorId))
  return {
    ...all,
    exportedAt: '',
    // Units without an exported sheet are the parents, listed as references (issue 15).
    units: all.units
      .filter((u) => unitIds.includes(u.id))
      .map((u) => (sheets.some((x) => x.unitId === u.id) ? u : { ...u, reference: true })),
    sheets,
    progress: mine(all.progress),
    spending: all.spending.filter((x) => sheetIds.has(x.sheetId)),
    judgements: mine(all.judgements),
    overrides: mine(all.overrides),
    notApplicable: mine(all.notApplicable),
    deviations: mine(all.deviations),
  }
}

async function seeded(): Promise<{ db: LedgerDb; all: LedgerPackage }> {
  const { db, admin } = await world()
  await importPackage(db, twoUnitsTwoYears(), admin)
  for (const unit of UNITS) {
    for (const year of YEARS) {
      await deleteProgress(db, admin, `e-${unit.id}-${year}-gone`)
      await deleteSpending(db, admin, `x-${unit.id}-${year}-gone`)
    }
  }
  return { db, all: await exportPackage(db) }
}

const at = (pkg: LedgerPackage) => ({ ...pkg, exportedAt: '' })

describe('exportPackage of a part of the data', () => {
  it('gives one unit-year exactly its own live rows, in the order of the whole export', async () => {
    const { db, all } = await seeded()
    // 2 units × 2 years = 4 sheets; 2 live progress and 1 live spending entry each (the "-gone" ones are deleted).
    expect(all.sheets).toHaveLength(4)
    expect(all.progress).toHaveLength(8)
    expect(all.spending).toHaveLength(4)

    const one = await exportPackage(db, { unitId: 'atushi', year: 2024 })
    expect(one.sheets.map((s) => s.id)).toEqual(['s-atushi-2024'])
    expect(one.sheets[0].indicators.map((i) => i.id)).toEqual(['p1-i1-atushi-2024', 'p1-i6-atushi-2024'])
    // Date order: 03-01 (…-a) before 05-01 (…-b).
    expect(one.progress.map((e) => e.id)).toEqual(['e-atushi-2024-a', 'e-atushi-2024-b'])
    expect(one.spending.map((x) => x.id)).toEqual(['x-atushi-2024'])
    expect(one.judgements.map((j) => j.indicatorId)).toEqual(['p1-i6-atushi-2024'])
    // The unit and its parent, so parentId resolves.
    expect(one.units.map((u) => u.id)).toEqual(['atushi', 'kz-fed'])

    for (const unit of UNITS) {
      const unitIds = unit.parentId ? [unit.id, unit.parentId] : [unit.id]
      for (const year of YEARS) {
        const part = await exportPackage(db, { unitId: unit.id, year })
        expect(at(part)).toEqual(cut(all, (s) => s.unitId === unit.id && s.year === year, unitIds))
      }
      const allYears = await exportPackage(db, { unitId: unit.id })
      expect(at(allYears)).toEqual(cut(all, (s) => s.unitId === unit.id, unitIds))
    }
  })

  it('gives a unit with its subunits for one year the same as the whole export cut to that year', async () => {
    const { db, all } = await seeded()
    const tree = await exportPackage(db, { unitId: 'kz-fed', includeSubunits: true, year: 2025 })
    expect(tree.sheets.map((s) => s.id)).toEqual(['s-atushi-2025', 's-kz-fed-2025'])
    expect(at(tree)).toEqual(
      cut(
        all,
        (s) => s.year === 2025,
        UNITS.map((u) => u.id),
      ),
    )
  })
})

describe('the sender of an exported file (sentBy)', () => {
  it('is written when the export names it, read back as it was, and absent otherwise', async () => {
    const { db, all } = await seeded()
    expect('sentBy' in all).toBe(false)
    const pkg = await exportPackage(db, {
      unitId: 'atushi',
      year: 2025,
      sentBy: { unitId: 'atushi', profileName: '张三' },
    })
    const written = writePackage(pkg)
    expect(written.sentBy).toEqual({ unitId: 'atushi', profileName: '张三' })
    const back = readPackage(JSON.stringify(written))
    expect(back.ok && back.pkg.sentBy).toEqual({ unitId: 'atushi', profileName: '张三' })
  })
})
