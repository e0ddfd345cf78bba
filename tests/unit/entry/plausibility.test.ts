import { describe, expect, it } from 'vitest'
import { spendingDoubts, valueDoubts } from '@/domain/entry'

describe('spendingDoubts (budget 411.81 万元)', () => {
  const sheet = { basis: '411.81', spent: '400', typedIn: '万元' as const }

  it('says nothing of an amount within what is left: 411.81 − 400 = 11.81 ≥ 11.81', () => {
    expect(spendingDoubts({ ...sheet, amount: '11.81' })).toEqual([])
  })

  it('asks about an amount over what is left: 11.82 > 11.81', () => {
    expect(spendingDoubts({ ...sheet, amount: '11.82' })).toEqual([
      { code: 'overRemaining', remaining: '11.81' },
    ])
  })

  it('asks about 999999: over what is left and over 10 × 411.81 = 4118.1; as 元 99.9999 万元 fits 411.81', () => {
    expect(spendingDoubts({ ...sheet, spent: '0', amount: '999999' })).toEqual([
      { code: 'overRemaining', remaining: '411.81' },
      { code: 'overTenfoldBudget', basis: '411.81' },
      { code: 'looksLikeYuan', asWan: '99.9999' },
    ])
    // With 400 spent, 99.9999 万元 no longer fits the 11.81 left: 元 is not offered.
    expect(spendingDoubts({ ...sheet, amount: '999999' }).map((d) => d.code)).toEqual([
      'overRemaining',
      'overTenfoldBudget',
    ])
  })

  it('offers to read 256300 as 元: 25.63 万元 fits the 411.81 left', () => {
    expect(spendingDoubts({ ...sheet, spent: '0', amount: '256300' })).toEqual([
      { code: 'overRemaining', remaining: '411.81' },
      { code: 'overTenfoldBudget', basis: '411.81' },
      { code: 'looksLikeYuan', asWan: '25.63' },
    ])
  })

  it('does not offer 元 for an amount already typed in 元, nor for one under the budget', () => {
    expect(spendingDoubts({ ...sheet, spent: '0', amount: '25.63', typedIn: '元' })).toEqual([])
    expect(spendingDoubts({ ...sheet, spent: '0', amount: '400' })).toEqual([])
  })

  it('asks about a zero, and leaves refunds to the running-total rule', () => {
    expect(spendingDoubts({ ...sheet, amount: '0' })).toEqual([{ code: 'zero' }])
    expect(spendingDoubts({ ...sheet, amount: '-12.34' })).toEqual([])
  })
})

describe('valueDoubts', () => {
  it('asks about a value over 10 × the target: 40 is fine for ≥ 4次, 41 is not', () => {
    expect(valueDoubts({ value: '40', target: '4' })).toEqual([])
    expect(valueDoubts({ value: '41', target: '4' })).toEqual([{ code: 'overTenfoldTarget', target: '4' }])
    expect(valueDoubts({ value: '1000000000000', target: '4' })).toEqual([
      { code: 'overTenfoldTarget', target: '4' },
    ])
  })

  it('asks about a zero; a target of 0 sets no tenfold limit', () => {
    expect(valueDoubts({ value: '0', target: '4' })).toEqual([{ code: 'zero' }])
    expect(valueDoubts({ value: '0.00', target: '4' })).toEqual([{ code: 'zero' }])
    expect(valueDoubts({ value: '5', target: '0' })).toEqual([])
  })
})
