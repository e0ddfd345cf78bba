import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listAudit } from '@/db/audit'
import { InvalidPackageError } from '@/db/errors'
import { exportPackage } from '@/db/export-package'
import { seedIfEmpty } from '@/db/seed'
import { getSheet, listSheets } from '@/db/sheets'
import { listUnits } from '@/db/units'
import { readPackage, writePackage } from '@/domain/exchange'
import { world } from './helpers'

const SAMPLE_TEXT = readFileSync(
  new URL('../../../public/samples/kizilsu-zgh-2025.json', import.meta.url),
  'utf8',
)

describe('seedIfEmpty', () => {
  it('loads the built-in package once: unit kz-fed, 2 sheets, 13 indicators', async () => {
    const { db, admin } = await world()
    expect(await seedIfEmpty(db, JSON.parse(SAMPLE_TEXT), admin)).toEqual({ seeded: true })

    expect((await listUnits(db)).map((u) => u.id)).toEqual(['kz-fed'])
    const sheets = await listSheets(db, { unitId: 'kz-fed', year: 2025 })
    expect(sheets.map((s) => s.id)).toEqual(['kz-2025-dept', 'kz-2025-proj-1'])
    expect(await db.indicators.count()).toBe(13)
    const dept = await getSheet(db, 'kz-2025-dept')
    expect(dept?.indicators.map((i) => i.id)).toEqual(['d-i1', 'd-i2', 'd-i3', 'd-i4', 'd-i5', 'd-i6'])
    expect(dept).toMatchObject({
      status: 'draft',
      contact: '15160869006',
      budget: { initial: '411.81', basic: '311.81' },
    })
    expect(dept?.indicators[5].plan).toHaveLength(4)

    const audit = await listAudit(db, { limit: 1000 })
    expect(audit.filter((a) => a.action === 'seed')).toHaveLength(1 + 2 + 13)

    const auditCount = await db.audit.count()
    expect(await seedIfEmpty(db, JSON.parse(SAMPLE_TEXT), admin)).toEqual({ seeded: false })
    expect(await db.indicators.count()).toBe(13)
    expect(await db.audit.count()).toBe(auditCount)

    const pkg = await exportPackage(db, { unitId: 'kz-fed', year: 2025 })
    expect(pkg.sheets.map((s) => s.indicators.length)).toEqual([6, 7])
  })

  it('exports a package the exchange reader accepts and that equals what was seeded', async () => {
    const { db, admin } = await world()
    await seedIfEmpty(db, SAMPLE_TEXT, admin)
    const exported = await exportPackage(db)
    const reread = readPackage(JSON.parse(JSON.stringify(writePackage(exported))))
    expect(reread.ok, JSON.stringify(reread.issues)).toBe(true)
    const original = readPackage(SAMPLE_TEXT)
    if (!reread.ok || !original.ok) throw new Error('unreadable')
    expect(reread.pkg.sheets.map((s) => s.indicators)).toEqual(original.pkg.sheets.map((s) => s.indicators))
    expect(reread.pkg.sheets.map((s) => s.budget)).toEqual(original.pkg.sheets.map((s) => s.budget))
  })

  it('accepts the file text too', async () => {
    const { db, admin } = await world()
    expect(await seedIfEmpty(db, SAMPLE_TEXT, admin)).toEqual({ seeded: true })
  })

  it('refuses an invalid package with the reader’s issues and writes nothing', async () => {
    const { db, admin } = await world()
    const before = await db.audit.count()
    const broken = JSON.parse(SAMPLE_TEXT)
    broken.sheets[0].indicators[0].target = { op: '≈', value: '4', unit: '次' }
    const err = await seedIfEmpty(db, broken, admin).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InvalidPackageError)
    expect((err as InvalidPackageError).issues.length).toBeGreaterThan(0)
    expect(await db.units.count()).toBe(0)
    expect(await db.audit.count()).toBe(before)
  })
})
