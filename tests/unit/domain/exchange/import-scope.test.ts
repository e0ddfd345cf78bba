// The identity and ownership rules of an import (src/domain/exchange/import-scope.ts), on small
// packages worked by hand.
import { describe, expect, it } from 'vitest'
import { importScope, type ScopeReads } from '@/domain/exchange/import-scope'
import type { LedgerPackage, Unit } from '@/domain/types'
import { smallPackage } from '../../db/helpers'

const KZ: Unit = { id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null }
const ATUSH: Unit = { id: 'atush', name: '阿图什市总工会', parentId: 'kz-fed' }

function county(unit: Unit): LedgerPackage {
  const pkg = smallPackage()
  pkg.units = [KZ, unit]
  pkg.sheets[0] = { ...pkg.sheets[0], unitId: unit.id }
  return pkg
}

function reads(units: Unit[], owners: Record<string, string> = {}, years: string[] = []): ScopeReads {
  return {
    units: new Map(units.map((u) => [u.id, u])),
    ownerOf: (table, id) => owners[`${table}/${id}`],
    hasYear: (unitId, year) => years.includes(`${unitId}|${year}`),
  }
}

describe('importScope', () => {
  it('re-keys a row whose id is another unit’s here, and its references with it', () => {
    const pkg = county({ id: 'wuqia', name: '乌恰县总工会', parentId: 'kz-fed' })
    const here = reads([KZ, ATUSH], {
      'sheets/kz-2025-proj-1': 'atush',
      'indicators/p1-i1': 'atush',
      'progress/e-001': 'atush',
    })
    const scope = importScope(pkg, here, { asUnit: 'kz-fed' })
    expect(scope.pkg.sheets[0].id).toBe('kz-2025-proj-1~wuqia')
    expect(scope.pkg.sheets[0].indicators.map((i) => i.id)).toEqual(['p1-i1~wuqia', 'p1-i6'])
    expect(scope.pkg.progress.map((e) => [e.id, e.indicatorId])).toEqual([['e-001~wuqia', 'p1-i1~wuqia']])
    expect(scope.pkg.spending.map((e) => e.sheetId)).toEqual(['kz-2025-proj-1~wuqia'])
    // sheet + 1 indicator + 1 entry = 3 rows re-keyed.
    expect(scope.rekeyed).toBe(3)
  })

  it('leaves a row of the same unit under its id: the second import finds it', () => {
    const scope = importScope(county(ATUSH), reads([KZ, ATUSH], { 'progress/e-001': 'atush' }), {
      asUnit: 'kz-fed',
    })
    expect(scope.pkg.progress[0].id).toBe('e-001')
    expect(scope.rekeyed).toBe(0)
  })

  it('never changes the importing unit or a parent: its other spelling is held, with the name used here', () => {
    const pkg = county(ATUSH)
    pkg.units[0] = { ...KZ, name: '克州总工会' }
    const scope = importScope(pkg, reads([KZ]), { asUnit: 'kz-fed' })
    expect(scope.pkg.units.map((u) => u.id)).toEqual(['atush'])
    expect(scope.held).toEqual([
      {
        unitId: 'kz-fed',
        unitName: KZ.name,
        reason: 'ownUnit',
        counts: expect.objectContaining({ units: 1 }),
      },
    ])
  })

  it('holds a parent’s sheet and everything on it (the prefecture’s file imported at a county)', () => {
    const pkg = smallPackage() // the prefecture's own sheet, 2 indicators, 1 entry, 1 spending, 1 judgement
    const scope = importScope(pkg, reads([KZ, ATUSH]), { asUnit: 'atush' })
    expect(scope.pkg.sheets).toEqual([])
    expect(scope.held[0].counts).toMatchObject({
      sheets: 1,
      indicators: 2,
      progress: 1,
      spending: 1,
      judgements: 1,
    })
  })

  it('asks about a unit named like one here, and merges it when it is the same', () => {
    const pkg = county({ id: 'atush-2', name: '阿图什市总工会', parentId: 'kz-fed' })
    const here = reads([KZ, ATUSH])
    const asked = importScope(pkg, here, { asUnit: 'kz-fed' })
    expect(asked.questions.map((q) => [q.kind, q.unitId, q.existingId, q.existingParentName])).toEqual([
      ['sameName', 'atush-2', 'atush', KZ.name],
    ])
    const merged = importScope(pkg, here, { asUnit: 'kz-fed', answers: { 'atush-2': 'same' } })
    expect(merged.pkg.units.map((u) => u.id)).toEqual(['kz-fed'])
    expect(merged.pkg.sheets[0].unitId).toBe('atush')
    const other = importScope(pkg, here, { asUnit: 'kz-fed', answers: { 'atush-2': 'other' } })
    expect(other.pkg.units.map((u) => u.id)).toEqual(['kz-fed', 'atush-2'])
  })

  it('asks about a unit-year that has other sheets here', () => {
    const scope = importScope(county(ATUSH), reads([KZ, ATUSH], {}, ['atush|2025']), { asUnit: 'kz-fed' })
    expect(scope.questions.map((q) => [q.kind, q.unitId, q.year])).toEqual([['yearHasData', 'atush', 2025]])
  })

  it('a parent named as a reference is added when new, never changed when here', () => {
    const pkg = county(ATUSH)
    pkg.units[0] = { ...KZ, name: '克州', reference: true } as Unit
    const here = importScope(pkg, reads([KZ]), { asUnit: 'kz-fed' })
    expect(here.pkg.units.map((u) => u.id)).toEqual(['atush'])
    const away = importScope(pkg, reads([]), { asUnit: null })
    expect(away.pkg.units.map((u) => [u.id, u.name, 'reference' in u])).toEqual([
      ['kz-fed', '克州', false],
      ['atush', '阿图什市总工会', false],
    ])
  })

  describe('sentBy: whose file it is', () => {
    // 阿图什's own sheet (1 sheet, 2 indicators, 1 entry, 1 spending, 1 judgement), imported at 阿图什.
    const own = () => county(ATUSH)

    it('a file the unit sent itself (another of its devices) writes the unit’s rows', () => {
      const pkg = { ...own(), sentBy: { unitId: 'atush', profileName: '张三' } }
      const scope = importScope(pkg, reads([KZ, ATUSH]), { asUnit: 'atush' })
      expect(scope.pkg.sheets.map((s) => s.id)).toEqual(['kz-2025-proj-1'])
      expect(scope.pkg.progress.map((e) => e.id)).toEqual(['e-001'])
      expect(scope.held.filter((g) => g.unitId === 'atush')).toEqual([])
    })

    it('a file another unit sent is shown and skipped for the unit’s own rows, as a parent’s are', () => {
      const pkg = { ...own(), sentBy: { unitId: 'kz-fed' } }
      const scope = importScope(pkg, reads([KZ, ATUSH]), { asUnit: 'atush' })
      expect(scope.pkg.sheets).toEqual([])
      expect(scope.pkg.progress).toEqual([])
      expect(scope.held).toEqual([
        {
          unitId: 'atush',
          unitName: ATUSH.name,
          reason: 'otherSender',
          counts: expect.objectContaining({ sheets: 1, indicators: 2, progress: 1, spending: 1, judgements: 1 }),
        },
      ])
    })

    it('a file without it keeps the old rule: its top unit being the unit in use makes it the unit’s own', () => {
      const scope = importScope(own(), reads([KZ, ATUSH]), { asUnit: 'atush' })
      expect(scope.pkg.sheets.map((s) => s.id)).toEqual(['kz-2025-proj-1'])
      expect(scope.held).toEqual([])
    })

    it('a county’s file at the prefecture is written whoever sent it: the county is below the unit in use', () => {
      const pkg = { ...own(), sentBy: { unitId: 'atush' } }
      const scope = importScope(pkg, reads([KZ, ATUSH]), { asUnit: 'kz-fed' })
      expect(scope.pkg.sheets.map((s) => s.unitId)).toEqual(['atush'])
    })
  })
})
