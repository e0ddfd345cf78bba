import { describe, expect, it } from 'vitest'
import { yearPackage } from '@/db/dashboard-queries'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { addProgress, deleteProgress } from '@/db/progress'
import { comparisonRows } from '@/domain/dashboard'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { world } from '../db/helpers'
import { halfYear } from '../fixtures/built-in'

/** The half-year sample plus a second unit (a copy of the department sheet) and a 2024 sheet. */
function twoUnitsTwoYears(): LedgerPackage {
  const base = halfYear()
  const dept = base.sheets[0]!
  const copy = (unitId: string, year: number, prefix: string) => ({
    ...dept,
    id: `${prefix}-dept`,
    unitId,
    year,
    indicators: dept.indicators.map((i) => ({ ...i, id: `${prefix}-${i.id}` })),
  })
  return {
    ...base,
    units: [...base.units, { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' }],
    sheets: [...base.sheets, copy('atush', 2025, 'a25'), copy('kz-fed', 2024, 'k24')],
    progress: [
      ...base.progress,
      { id: 'a1', indicatorId: 'a25-d-i1', date: '2025-02-01', value: '3' },
      { id: 'k1', indicatorId: 'k24-d-i1', date: '2024-05-01', value: '4' },
    ],
    spending: [...base.spending, { id: 'ax1', sheetId: 'a25-dept', date: '2025-05-01', amount: '100.00' }],
    deviations: [{ indicatorId: 'd-i3', cause: '人员保障', text: '人手不足', likelihood: '有可能' }],
  }
}

describe('yearPackage (the comparison read)', () => {
  it('scores every unit exactly as the full export does, without other years and deleted rows', async () => {
    const { db, admin } = await world()
    await importPackage(db, twoUnitsTwoYears(), admin)
    const { entry: removed } = await addProgress(db, admin, {
      indicatorId: 'a25-d-i2',
      date: '2025-03-01',
      value: '2',
    })
    await deleteProgress(db, admin, removed.id)

    const lean = await yearPackage(db, 2025)
    const full = await exportPackage(db, { year: 2025 })
    expect(lean.sheets.map((s) => s.id).sort()).toEqual(['a25-dept', 'kz-2025-dept', 'kz-2025-proj-1'])
    // 8 entries of the sample + 1 of 阿图什; not the 2024 one, not the deleted one.
    expect(lean.progress).toHaveLength(9)
    expect(lean.deviations).toMatchObject([{ indicatorId: 'd-i3', cause: '人员保障' }])

    const rows = (pkg: LedgerPackage) =>
      comparisonRows(pkg.units, pkg.sheets, scorePackage(pkg, '2025-06-30').sheets)
    expect(rows(lean)).toEqual(rows(full))
    // 阿图什: 3 of ≥4 → 15 × 3/4 = 11.25; 100 of 411.81 → 10 × 100/411.81 = 2.428…→ 2.43; total 13.68.
    expect(rows(lean).find((r) => r.unitId === 'atush')).toMatchObject({ score: '13.68', rate: '24.28' })
  })
})
