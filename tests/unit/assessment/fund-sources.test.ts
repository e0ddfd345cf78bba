// The 自评表's fund rows from budget.sources and spending[].source, and the file that carries them.
import { describe, expect, it } from 'vitest'
import { assessmentAsOf, buildAssessmentForm } from '@/domain/assessment'
import { readPackage } from '@/domain/exchange'
import { scoreSheet, sheetData } from '@/domain/scoring'
import type { SpendingEntry } from '@/domain/types'
import { indicator, pkg, sheet } from '../domain/scoring/fixtures'
import { minimalWire } from '../domain/exchange/helpers'

const s = sheet([indicator({ id: 'a' })], {
  budget: {
    initial: '100',
    adjusted: '120',
    sources: {
      fiscal: { initial: '80', adjusted: '90' },
      carryover: { initial: '20', adjusted: '20' },
      other: { initial: '0', adjusted: '10' },
    },
  },
})
const spending: SpendingEntry[] = [
  { id: 'x1', sheetId: 's1', date: '2025-03-01', amount: '45' },
  { id: 'x2', sheetId: 's1', date: '2025-06-01', amount: '30', source: 'fiscal' },
  { id: 'x3', sheetId: 's1', date: '2025-07-01', amount: '15', source: 'carryover' },
  { id: 'x4', sheetId: 's1', date: '2025-08-01', amount: '5', source: 'other' },
  { id: 'x5', sheetId: 's1', date: '2026-01-05', amount: '4', source: 'other' },
]

function formOf(sp: SpendingEntry[], over = s) {
  const p = pkg([over], { spending: sp })
  const score = scoreSheet(over, sheetData(p, 's1'), assessmentAsOf(2025))
  return buildAssessmentForm({
    sheet: over,
    score,
    unitName: '测试单位',
    judgements: [],
    deviations: [],
    progress: [],
    spending: sp,
    attachedOwners: new Set(),
  })
}

describe('fund rows with budget.sources', () => {
  it('each row has its own 年初/全年 and spends what was logged against it by the year end', () => {
    // 2025: 45 (no source → fiscal) + 30 fiscal + 15 carryover + 5 other = 95 (the 4 of 2026 is after the year).
    // Total 95 / 120 = 79.1666… % → 79.17; score 10 × 95 / 120 = 7.9166… → 7.92.
    // fiscal 75 of 90 → 83.33 %; carryover 15 of 20 → 75.00 %; other 5 of 10 → 50.00 %.
    const rows = formOf(spending).funds.map((f) => [
      f.key,
      f.initial,
      f.adjusted,
      f.executed,
      f.rate,
      f.score,
    ])
    expect(rows).toEqual([
      ['total', '100.00', '120.00', '95.00', '79.17', '7.92'],
      ['fiscal', '80.00', '90.00', '75.00', '83.33', null],
      ['carryover', '20.00', '20.00', '15.00', '75.00', null],
      ['other', '0.00', '10.00', '5.00', '50.00', null],
    ])
  })

  it('without sources, spending that names its source still splits 执行数 (funds 70 fiscal + 30 other)', () => {
    const plain = { ...s, budget: { initial: '100', adjusted: '100' }, funds: { fiscal: '70', other: '30' } }
    // Two sources funded, so before sources were named the split was unknown (null).
    const rows = (sp: SpendingEntry[]) => formOf(sp, plain).funds.map((f) => [f.key, f.executed, f.rate])
    expect(rows(spending.slice(0, 1))).toEqual([
      ['total', '45.00', '45.00'],
      ['fiscal', null, null],
      ['carryover', null, null],
      ['other', null, null],
    ])
    // fiscal 45 + 30 = 75 of 70 → 107.14 %; carryover 15 of 0 → no rate; other 5 of 30 → 16.67 %
    expect(rows(spending)).toEqual([
      ['total', '95.00', '95.00'],
      ['fiscal', '75.00', '107.14'],
      ['carryover', '15.00', null],
      ['other', '5.00', '16.67'],
    ])
  })
})

describe('the exchange file', () => {
  it('funds is optional: fiscal = the adjusted budget, other = 0', () => {
    const w = minimalWire()
    delete w.sheets[0].funds
    w.sheets[0].budget = { initial: 90, adjusted: 100.5 }
    const result = readPackage(w)
    expect(result.ok && result.pkg.sheets[0]!.funds).toEqual({ fiscal: '100.5', other: '0' })
  })

  it('reads budget.sources as exact decimals and spending[].source', () => {
    const w = minimalWire()
    w.sheets[0].budget.sources = {
      fiscal: { initial: 60.1, adjusted: '70.20' },
      carryover: { initial: 0, adjusted: 0 },
    }
    w.spending = [{ id: 'x1', sheetId: 's1', date: '2025-03-01', amount: '5', source: 'carryover' }]
    const result = readPackage(w)
    expect(result.ok && result.pkg.sheets[0]!.budget.sources).toEqual({
      fiscal: { initial: '60.1', adjusted: '70.20' },
      carryover: { initial: '0', adjusted: '0' },
    })
    expect(result.ok && result.pkg.spending[0]!.source).toBe('carryover')
  })

  it('refuses an unknown source and a source budget without its 全年', () => {
    const w = minimalWire()
    w.spending = [{ id: 'x1', sheetId: 's1', date: '2025-03-01', amount: '5', source: 'bank' }]
    const bad = readPackage(w)
    expect(bad.ok).toBe(false)
    expect(bad.issues.map((i) => i.path)).toContain('spending[0].source')
    const w2 = minimalWire()
    w2.sheets[0].budget.sources = { other: { initial: '5' } }
    const bad2 = readPackage(w2)
    expect(bad2.ok).toBe(false)
    expect(bad2.issues.map((i) => i.path)).toContain('sheets[0].budget.sources.other.adjusted')
  })
})
