// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { listAudit } from '@/db/audit'
import { ConflictError, LockedError } from '@/db/errors'
import { exportPackage } from '@/db/export-package'
import { importPackage } from '@/db/import-package'
import { previewImport } from '@/db/import-preview'
import { deleteProgress, updateProgress } from '@/db/progress'
import { setSheetStatus } from '@/db/sheets'
import { listUnits, unitSubtree } from '@/db/units'
import { planMerge, type StoredContent } from '@/domain/exchange/merge-plan'
import type { LedgerPackage } from '@/domain/types'
import { smallPackage, world, worldWithData } from '../db/helpers'

/** The sample with three changes against what is stored: a new entry, a changed one, a changed weight. */
function theirVersion(): LedgerPackage {
  const pkg = smallPackage()
  pkg.progress[0].value = '2'
  pkg.sheets[0].indicators[0].weight = 10
  pkg.progress.push({ id: 'e-new', indicatorId: 'p1-i1', date: '2025-05-01', value: '1' })
  return pkg
}

describe('planMerge (pure)', () => {
  it('sorts every incoming row into added, skipped or conflict, with the differing fields', () => {
    const stored = new Map<string, StoredContent>([
      [
        'units/kz-fed',
        { content: { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null }, deleted: false },
      ],
      ['progress/e-001', { content: { ...smallPackage().progress[0] }, deleted: false }],
      ['spending/x-001', { content: { ...smallPackage().spending[0], amount: '40.00' }, deleted: false }],
      [
        'assessments/judgement:p1-i6',
        { content: { indicatorId: 'p1-i6', tier: '达成', score: '18' }, deleted: true },
      ],
    ])
    const plan = planMerge(smallPackage(), (table, key) => stored.get(`${table}/${key}`))
    // 1 unit + 1 sheet + 2 indicators + 1 progress + 1 spending + 1 judgement = 7 rows:
    // the unit and e-001 are identical (skipped), x-001 differs, the judgement was deleted here,
    // the sheet and both indicators are new.
    expect(plan.added).toMatchObject({
      units: 0,
      sheets: 1,
      indicators: 2,
      progress: 0,
      spending: 0,
      judgements: 0,
    })
    expect(plan.skipped).toMatchObject({ units: 1, progress: 1 })
    expect(plan.conflicts.map((c) => [c.table, c.key, c.reason, c.fields])).toEqual([
      ['spending', 'x-001', 'different-content', ['amount']],
      ['assessments', 'judgement:p1-i6', 'deleted-locally', []],
    ])
    expect(plan.conflicts[0].mine.amount).toBe('40.00')
    expect(plan.conflicts[0].theirs.amount).toBe('50.00')
  })

  it('ignores key order and absent optional keys', () => {
    const e = { id: 'e', indicatorId: 'i', date: '2025-01-01', value: '1', note: undefined }
    const pkg = { ...smallPackage(), units: [], sheets: [], spending: [], judgements: [], progress: [e] }
    const plan = planMerge(pkg as LedgerPackage, () => ({
      content: { value: '1', date: '2025-01-01', indicatorId: 'i', id: 'e' },
      deleted: false,
    }))
    expect(plan.skipped.progress).toBe(1)
    expect(plan.conflicts).toEqual([])
  })
})

describe('import with conflicts settled', () => {
  it('refuses while any conflict is unsettled, and writes nothing', async () => {
    const { db, admin } = await worldWithData()
    const before = await exportPackage(db)
    const err = await importPackage(db, theirVersion(), admin, {
      resolutions: { 'indicators/p1-i1': 'theirs' },
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConflictError)
    expect((err as ConflictError).conflicts).toEqual([
      { table: 'progress', id: 'e-001', reason: 'different-content' },
    ])
    expect({ ...(await exportPackage(db)), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 })
  })

  it('keep mine for one, take theirs for the other: both applied, the new entry added, all audited', async () => {
    const { db, admin } = await worldWithData()
    const result = await importPackage(db, theirVersion(), admin, {
      resolutions: { 'indicators/p1-i1': 'mine', 'progress/e-001': 'theirs' },
    })
    expect(result.added.progress).toBe(1)
    expect(result.replaced.progress).toBe(1)
    expect(result.kept.indicators).toBe(1)
    const after = await exportPackage(db)
    expect(after.sheets[0].indicators[0].weight).toBe(15) // mine
    expect(after.progress.map((e) => [e.id, e.value])).toEqual([
      ['e-001', '2'], // theirs
      ['e-new', '1'], // added
    ])
    const log = await listAudit(db, { table: 'progress', rowId: 'e-001' })
    expect(log[0]).toMatchObject({ action: 'import', before: { value: '1' }, after: { value: '2' } })
  })

  it('take theirs brings back a row deleted here', async () => {
    const { db, admin } = await worldWithData()
    await deleteProgress(db, admin, 'e-001')
    const plan = (await previewImport(db, smallPackage(), admin)).plan
    expect(plan.conflicts.map((c) => c.reason)).toEqual(['deleted-locally'])
    await importPackage(db, smallPackage(), admin, { resolutions: { 'progress/e-001': 'theirs' } })
    expect((await exportPackage(db)).progress.map((e) => e.id)).toEqual(['e-001'])
  })

  it('take theirs into a locked sheet is refused as a whole', async () => {
    const { db, admin, reviewer } = await worldWithData()
    await updateProgress(db, admin, 'e-001', { value: '3' })
    await setSheetStatus(db, admin, 'kz-2025-proj-1', 'submitted')
    await setSheetStatus(db, reviewer, 'kz-2025-proj-1', 'locked', '年终锁定')
    const pkg = smallPackage()
    pkg.sheets[0].status = 'locked'
    pkg.progress.push({ id: 'e-new', indicatorId: 'p1-i1', date: '2025-05-01', value: '1' })
    const preview = await previewImport(db, pkg, admin)
    expect(preview.problem).toBeInstanceOf(LockedError)
    const before = await exportPackage(db)
    await expect(
      importPackage(db, pkg, admin, { resolutions: { 'progress/e-001': 'theirs' } }),
    ).rejects.toBeInstanceOf(LockedError)
    expect({ ...(await exportPackage(db)), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 })
  })

  it('the preview rehearses the import without writing: a good file has no problem and changes nothing', async () => {
    const { db, admin } = await worldWithData()
    const before = await exportPackage(db)
    const preview = await previewImport(db, theirVersion(), admin)
    expect(preview.problem).toBeNull()
    expect(preview.plan.added.progress).toBe(1)
    expect(preview.plan.conflicts).toHaveLength(2)
    expect({ ...(await exportPackage(db)), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 })
  })
})

describe('files of subordinate units build the union hierarchy', () => {
  /** A county union's file as its own app exports it: its unit with parentId, the prefecture listed as an ancestor. */
  function countyFile(id: string, name: string): LedgerPackage {
    const pkg = smallPackage()
    pkg.units = [
      { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null },
      { id, name, parentId: 'kz-fed' },
    ]
    pkg.sheets[0] = { ...pkg.sheets[0], id: `${id}-2025-proj`, unitId: id }
    pkg.sheets[0].indicators = pkg.sheets[0].indicators.map((i) => ({ ...i, id: `${id}-${i.id}` }))
    pkg.progress = [{ ...pkg.progress[0], id: `${id}-e1`, indicatorId: `${id}-p1-i1` }]
    pkg.spending = [{ ...pkg.spending[0], id: `${id}-x1`, sheetId: `${id}-2025-proj` }]
    pkg.judgements = [{ ...pkg.judgements[0], indicatorId: `${id}-p1-i6` }]
    return pkg
  }

  it('two county files land under the prefecture; the prefecture row is skipped as identical', async () => {
    const { db, admin } = await worldWithData()
    const a = await importPackage(db, countyFile('atush', '阿图什市总工会'), admin)
    const b = await importPackage(db, countyFile('akto', '阿克陶县总工会'), admin)
    expect([a.added.units, a.skipped.units, b.added.units, b.skipped.units]).toEqual([1, 1, 1, 1])
    expect((await unitSubtree(db, 'kz-fed')).sort()).toEqual(['akto', 'atush', 'kz-fed'])
    const units = await listUnits(db)
    expect(units.find((u) => u.id === 'akto')?.parentId).toBe('kz-fed')
    // The whole subtree exports as one package: the prefecture's own sheet and the two counties'.
    const all = await exportPackage(db, { unitId: 'kz-fed', includeSubunits: true, year: 2025 })
    expect(all.sheets.map((s) => s.unitId).sort()).toEqual(['akto', 'atush', 'kz-fed'])
  })

  it('a county file that names the prefecture differently renames nothing: the row is shown as held and skipped', async () => {
    const { db, admin } = await worldWithData()
    const pkg = countyFile('atush', '阿图什市总工会')
    pkg.units[0].name = '州总工会'
    const { plan, held } = await previewImport(db, pkg, admin)
    // The county speaks for itself and below, not for its parent (issue 15): no conflict to settle.
    expect(plan.conflicts).toEqual([])
    expect(held.map((h) => [h.unitId, h.reason, h.counts.units])).toEqual([['kz-fed', 'notSpokenFor', 1]])
  })
})

describe('import is an administrator’s action', () => {
  it('the preview says so before anything is confirmed', async () => {
    const { db, entry } = await world()
    const { problem } = await previewImport(db, smallPackage(), entry)
    expect(problem?.code).toBe('permission')
  })
})
