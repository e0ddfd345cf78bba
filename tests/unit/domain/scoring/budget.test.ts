import { describe, expect, it } from 'vitest'
import { scoreSheet } from '@/domain/scoring'
import type { ScoringProfile } from '@/domain/types'
import { data, sheet, spend } from './fixtures'

function budgetOf(
  budget: { initial: string; adjusted: string },
  amounts: string[],
  scoring: Partial<ScoringProfile> = {},
) {
  const s = sheet([], { budget, scoring })
  return scoreSheet(s, data({ spending: amounts.map((a) => spend('2025-06-30', a)) }), '2025-12-31').budget
}

describe('预算执行率', () => {
  it('nets a refund: 411.81 budget, 400 spent, −12.34 back → 387.66 → 94.14 %', () => {
    // 387.66 / 411.81 = 0.941356… → rate 94.14 (2 places, half up); 10 × 0.941356 = 9.41
    expect(budgetOf({ initial: '411.81', adjusted: '411.81' }, ['400', '-12.34'])).toMatchObject({
      executed: '387.66',
      rate: '94.14',
      score: '9.41',
      overspent: false,
    })
  })

  it('flags 超支 above 100 % only, without changing the capped score', () => {
    // 411.81 of 411.81 is 100.00 %: the whole budget, not over it.
    expect(budgetOf({ initial: '411.81', adjusted: '411.81' }, ['411.81'])).toMatchObject({
      rate: '100.00',
      overspent: false,
    })
    // 411.82 → 100.0024… % → 100.00 shown, yet over: the flag reads the exact rate.
    expect(budgetOf({ initial: '411.81', adjusted: '411.81' }, ['411.82'])).toMatchObject({
      rate: '100.00',
      score: '10.00',
      overspent: true,
    })
    // The 999999 → 242830.19 %: green against 序时进度 12/12 (v ≥ 80), and 超支.
    expect(budgetOf({ initial: '411.81', adjusted: '411.81' }, ['999999'])).toMatchObject({
      rate: '242830.19',
      light: 'green',
      score: '10.00',
      overspent: true,
    })
  })

  it('reproduces the published case: 43.2 budget, 37.24 spent', () => {
    // worked out by hand: 37.24 / 43.2 = 0.862037… → rate 86.20; 10 × 0.862037 = 8.62037 → 8.62, whole 9
    const cent = budgetOf({ initial: '43.2', adjusted: '43.2' }, ['37.24'])
    expect(cent).toMatchObject({
      basis: '43.20',
      executed: '37.24',
      rate: '86.20',
      weight: 10,
      score: '8.62',
    })
    expect(budgetOf({ initial: '43.2', adjusted: '43.2' }, ['37.24'], { rounding: 'whole' }).score).toBe('9')
  })

  it('sums spending exactly and ignores spending after the as-of date', () => {
    const s = sheet([], { budget: { initial: '1', adjusted: '1' } })
    const logs = data({
      spending: [spend('2025-01-05', '0.1'), spend('2025-02-05', '0.2'), spend('2026-01-01', '0.5')],
    })
    // worked out by hand: 0.1 + 0.2 = 0.30 (the 2026 entry is after the as-of date); 0.3 / 1 = 30.00 %
    expect(scoreSheet(s, logs, '2025-12-31').budget).toMatchObject({
      executed: '0.30',
      rate: '30.00',
      score: '3.00',
    })
  })

  it('caps at the weight unless budgetCap is off', () => {
    // worked out by hand: 110 of 100 → 10 × 1.1 = 11, capped at 10
    expect(budgetOf({ initial: '100', adjusted: '100' }, ['60', '50']).score).toBe('10.00')
    expect(budgetOf({ initial: '100', adjusted: '100' }, ['60', '50'], { budgetCap: false }).score).toBe(
      '11.00',
    )
    expect(budgetOf({ initial: '100', adjusted: '100' }, ['60', '50']).rate).toBe('110.00')
  })

  it('uses the adjusted budget by default and the initial one on request', () => {
    // worked out by hand: 60 / 100 adjusted → 6.00; 60 / 80 initial → 7.50
    expect(budgetOf({ initial: '80', adjusted: '100' }, ['60'])).toMatchObject({
      basis: '100.00',
      score: '6.00',
    })
    expect(budgetOf({ initial: '80', adjusted: '100' }, ['60'], { budgetBasis: 'initial' })).toMatchObject({
      basis: '80.00',
      rate: '75.00',
      score: '7.50',
    })
  })

  it('honours another budget weight (older Hubei forms: 20)', () => {
    // worked out by hand: 20 × 37.24 / 43.2 = 17.2407… → 17.24
    expect(budgetOf({ initial: '43.2', adjusted: '43.2' }, ['37.24'], { budgetWeight: 20 })).toMatchObject({
      weight: 20,
      score: '17.24',
    })
  })

  it('a zero basis gives rate 0.00 and score 0 without dividing by zero', () => {
    const b = budgetOf({ initial: '0', adjusted: '0' }, ['5'])
    expect(b).toMatchObject({ basis: '0.00', executed: '5.00', rate: '0.00', score: '0.00', light: 'none' })
  })
})
