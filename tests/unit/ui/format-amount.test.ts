import { describe, expect, it } from 'vitest'
import { formatAmount } from '@/ui/format-amount'

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
