import { describe, expect, it } from 'vitest'
import { updateIndicator } from '@/db/indicators'
import { addProgress, listProgress } from '@/db/progress'
import { createSheet, getSheet, listSheets, listYears } from '@/db/sheets'
import { createUnit, listUnits } from '@/db/units'
import { smallPackage, worldWithData } from './helpers'

describe('queries', () => {
  it('lists progress by indicator, sheet and unit, in date order and within a range', async () => {
    const { db, entry } = await worldWithData()
    await addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-09-01', value: '1' })
    await addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-01-15', value: '1' })
    expect((await listProgress(db, { indicatorId: 'p1-i1' })).map((r) => r.date)).toEqual([
      '2025-01-15',
      '2025-03-01',
      '2025-09-01',
    ])
    expect(
      (await listProgress(db, { indicatorId: 'p1-i1', from: '2025-02-01', to: '2025-03-01' })).map(
        (r) => r.date,
      ),
    ).toEqual(['2025-03-01'])
    expect(await listProgress(db, { sheetId: 'kz-2025-proj-1', to: '2025-06-30' })).toHaveLength(2)
    expect(await listProgress(db, { unitId: 'kz-fed', from: '2025-09-01' })).toHaveLength(1)
  })

  it('lists units, years and sheets, and a sheet with its indicators in order', async () => {
    const { db, admin } = await worldWithData()
    const county = await createUnit(db, admin, { name: '阿图什市总工会', parentId: 'kz-fed' })
    expect(county.unitId).toBe(county.id)
    expect((await listUnits(db)).map((u) => u.id).sort()).toEqual([county.id, 'kz-fed'].sort())

    const base = smallPackage().sheets[0]
    await createSheet(db, admin, {
      ...base,
      id: undefined,
      year: 2026,
      name: '2026年预算工会经费',
      indicators: base.indicators.map((ind) => ({ ...ind, id: undefined })),
    })
    expect(await listYears(db, 'kz-fed')).toEqual([2025, 2026])
    expect((await listSheets(db, { unitId: 'kz-fed', year: 2026 })).map((s) => s.status)).toEqual(['draft'])

    await updateIndicator(db, admin, 'p1-i1', { order: 5 })
    const sheet = await getSheet(db, 'kz-2025-proj-1')
    expect(sheet?.indicators.map((i) => i.id)).toEqual(['p1-i6', 'p1-i1'])
  })
})
