import { describe, expect, it } from 'vitest'
import { listAudit } from '@/db/audit'
import { PermissionError } from '@/db/errors'
import { exportPackage } from '@/db/export-package'
import { addIndicator, deleteIndicator, updateIndicator } from '@/db/indicators'
import { applyRollover, previewRollover } from '@/db/rollover'
import { createSheets } from '@/db/sheet-batch'
import { listSheetHistory } from '@/db/sheet-history'
import { createSheet, listSheets, updateSheet } from '@/db/sheets'
import type { LedgerPackage } from '@/domain/types'
import { worldWithData } from '../db/helpers'

const newSheet = (name: string) => ({
  unitId: 'kz-fed',
  year: 2025,
  kind: 'project' as const,
  name,
  goals: [],
  budget: { initial: '1.00', adjusted: '1.00' },
  funds: { fiscal: '1.00', other: '0.00' },
  scoring: {},
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人次',
      target: { op: '>=' as const, value: '300', unit: '人次' },
      targetText: '≥300人次',
      weight: 90,
      measure: 'cumulative' as const,
    },
  ],
})

describe('targets in the database', () => {
  it('only 管理员 may change targets', async () => {
    const { db, entry, leader, reviewer } = await worldWithData()
    for (const actor of [entry, leader, reviewer]) {
      await expect(createSheet(db, actor, newSheet('X'))).rejects.toBeInstanceOf(PermissionError)
      await expect(updateSheet(db, actor, 'kz-2025-proj-1', { owner: 'X' })).rejects.toBeInstanceOf(
        PermissionError,
      )
      await expect(updateIndicator(db, actor, 'p1-i1', { weight: 1 })).rejects.toBeInstanceOf(PermissionError)
      await expect(createSheets(db, actor, [newSheet('Y')])).rejects.toBeInstanceOf(PermissionError)
    }
    expect((await listSheets(db, { unitId: 'kz-fed', year: 2025 })).map((s) => s.name)).toEqual([
      '2025年预算工会经费',
    ])
  })

  it('creates several sheets all or nothing', async () => {
    const { db, admin } = await worldWithData()
    const bad = { ...newSheet('坏'), budget: { initial: '-1', adjusted: '1.00' } }
    await expect(createSheets(db, admin, [newSheet('甲'), bad])).rejects.toThrow()
    expect(await listSheets(db, { unitId: 'kz-fed', year: 2025 })).toHaveLength(1)
    const saved = await createSheets(db, admin, [newSheet('甲'), newSheet('乙')])
    expect(saved.map((s) => [s.name, s.indicators.length])).toEqual([
      ['甲', 1],
      ['乙', 1],
    ])
  })

  it('shows a sheet’s history with its indicators’, deleted ones included', async () => {
    const { db, admin } = await worldWithData()
    await updateSheet(db, admin, 'kz-2025-proj-1', { owner: '张三' })
    const added = await addIndicator(db, admin, 'kz-2025-proj-1', newSheet('x').indicators[0]!)
    await updateIndicator(db, admin, 'p1-i1', { weight: 20 })
    await deleteIndicator(db, admin, added.id)
    const history = await listSheetHistory(db, 'kz-2025-proj-1')
    // newest first: delete, weight change, add, owner change, then the two indicators' and the sheet's import
    expect(history.slice(0, 4).map((h) => [h.table, h.action])).toEqual([
      ['indicators', 'delete'],
      ['indicators', 'update'],
      ['indicators', 'create'],
      ['sheets', 'update'],
    ])
    expect(history.every((h) => h.actorName === admin.name)).toBe(true)
  })
})

describe('year rollover in the database', () => {
  it('creates next year’s sheets and changes nothing of the old year', async () => {
    const { db, admin } = await worldWithData()
    const withoutTime = ({ exportedAt: _at, ...pkg }: LedgerPackage) => pkg
    const year2025 = async () => withoutTime(await exportPackage(db, { unitId: 'kz-fed', year: 2025 }))
    const oldYear = await year2025()
    const auditBefore = await listAudit(db, { limit: 1000 })

    const plan = await previewRollover(db, { unitId: 'kz-fed', fromYear: 2025 })
    expect(await listSheets(db, { unitId: 'kz-fed', year: 2026 })).toEqual([]) // preview writes nothing
    const created = await applyRollover(db, admin, plan)
    expect(created.map((s) => [s.year, s.name, s.indicators.map((i) => i.lastYear)])).toEqual([
      [2026, '2026年预算工会经费', ['1次', '达成']],
    ])

    expect(await year2025()).toEqual(oldYear)
    const auditAfter = await listAudit(db, { limit: 1000 })
    const added = auditAfter.filter((a) => !auditBefore.some((b) => b.id === a.id))
    // one sheet + two indicators, all creations in 2026
    expect(added.map((a) => a.action)).toEqual(['create', 'create', 'create'])
    expect(added.every((a) => (a.after as { year?: number; sheetId?: string }).year !== 2025)).toBe(true)

    // A second rollover finds the sheet already there and copies nothing.
    const again = await previewRollover(db, { unitId: 'kz-fed', fromYear: 2025 })
    expect(again.sheets.map((s) => s.sheet)).toEqual([null])
  })

  it('refuses a rollover by anyone but an administrator', async () => {
    const { db, entry } = await worldWithData()
    const plan = await previewRollover(db, { unitId: 'kz-fed', fromYear: 2025 })
    await expect(applyRollover(db, entry, plan)).rejects.toBeInstanceOf(PermissionError)
    expect(await listSheets(db, { unitId: 'kz-fed', year: 2026 })).toEqual([])
  })
})
