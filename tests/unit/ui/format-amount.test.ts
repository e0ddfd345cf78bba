import { describe, expect, it } from 'vitest'
import { formatAmount, moneyShown } from '@/ui/format-amount'

describe('formatAmount', () => {
  it.each([
    ['1234567.89', '1,234,567.89'],
    ['999', '999'],
    ['1000', '1,000'],
    ['-1234.5', '-1,234.5'],
    ['0.00', '0.00'],
    // 20 digits: a float would print 12345678901234567000
    ['12345678901234567890.12', '12,345,678,901,234,567,890.12'],
    ['—', '—'],
  ])('%s → %s', (input, expected) => expect(formatAmount(input)).toBe(expected))

  it('null is a dash', () => expect(formatAmount(null)).toBe('—'))
})

describe('moneyShown: one display of 万元, two places, the exact value when it has more', () => {
  it.each([
    ['12.5', '12.50', null],
    ['1000.50', '1,000.50', null],
    ['1000000.234567', '1,000,000.23', '1,000,000.234567'],
    // 0.125 → 0.13 (half up); 0.124999 → 0.12
    ['0.125', '0.13', '0.125'],
    ['0.124999', '0.12', '0.124999'],
    ['99.995', '100.00', '99.995'],
    ['-12.34', '-12.34', null],
    ['-0.001', '0.00', '-0.001'],
    ['-0.125', '-0.13', '-0.125'],
    ['7', '7.00', null],
    ['12.3400', '12.34', null],
  ])('%s → %s (exact %s)', (input, text, exact) => expect(moneyShown(input)).toEqual({ text, exact }))
})
