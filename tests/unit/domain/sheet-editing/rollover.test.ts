import { describe, expect, it } from 'vitest'
import { planRollover, renameForYear } from '@/domain/sheet-editing'
import type { LedgerPackage } from '@/domain/types'
import { smallPackage } from '../../db/helpers'

function ids() {
  let n = 0
  return () => `new-${++n}`
}

describe('planRollover', () => {
  it('copies the sheet to the next year with 上年完成值 from this year’s actuals', () => {
    const pkg = smallPackage()
    const plan = planRollover(pkg, 2025, [], ids())
    expect([plan.fromYear, plan.toYear]).toEqual([2025, 2026])
    const [rolled] = plan.sheets
    // p1-i1 logged one transfer (1 次); p1-i6 was judged 达成.
    expect(rolled!.indicators).toEqual([
      { name: '划拨工会经费次数', lastYear: '1次' },
      { name: '提升公共服务质量', lastYear: '达成' },
    ])
    const sheet = rolled!.sheet!
    expect(sheet).toMatchObject({
      id: 'new-1',
      year: 2026,
      name: '2026年预算工会经费',
      status: 'draft',
      owner: '罗菲菲',
      goals: ['上解区总工会经费'],
      budget: { initial: '100.00', adjusted: '100.00' },
    })
    expect(sheet.indicators.map((i) => [i.id, i.name, i.weight, i.targetText, i.lastYear])).toEqual([
      ['new-2', '划拨工会经费次数', 15, '＞=1次', '1次'],
      ['new-3', '提升公共服务质量', 20, '有效提升', '达成'],
    ])
  })

  it('leaves 上年完成值 empty where nothing was logged or judged, and says why', () => {
    const pkg: LedgerPackage = { ...smallPackage(), progress: [], judgements: [] }
    const plan = planRollover(pkg, 2025, [], ids())
    expect(plan.sheets[0]!.indicators).toEqual([
      { name: '划拨工会经费次数', missing: 'noData' },
      { name: '提升公共服务质量', missing: 'needsJudgement' },
    ])
    expect(plan.sheets[0]!.sheet!.indicators.map((i) => i.lastYear)).toEqual([undefined, undefined])
  })

  it('does not copy a sheet the next year already has', () => {
    const plan = planRollover(smallPackage(), 2025, [{ kind: 'project', name: '2026年预算工会经费' }], ids())
    expect(plan.sheets[0]!.sheet).toBeNull()
  })

  it('does not touch the package it reads', () => {
    const pkg = smallPackage()
    const before = structuredClone(pkg)
    planRollover(pkg, 2025, [], ids())
    expect(pkg).toEqual(before)
  })

  it('renames only the year written as a year', () => {
    expect(renameForYear('克州总工会部门整体（2025年）', 2025, 2026)).toBe('克州总工会部门整体（2026年）')
    expect(renameForYear('20251 号项目', 2025, 2026)).toBe('20251 号项目')
  })
})
