import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dec, fmt, fmtMoney, fmtRate, roundScore, sum } from '@/domain/decimal'

describe('decimal helpers', () => {
  it('adds decimal strings exactly', () => {
    // worked out by hand: 0.1 + 0.2 = 0.3 exactly (a float sum gives 0.30000000000000004)
    expect(sum(['0.1', '0.2']).toFixed()).toBe('0.3')
    // worked out by hand: 24.81 + 28.98 = 53.79 (the seed's 208 05 line, published as 53.78)
    expect(sum(['24.81', '28.98']).toFixed()).toBe('53.79')
    expect(sum([]).toFixed()).toBe('0')
  })

  it('keeps at least 40 significant digits', () => {
    // worked out by hand: 1/3 to 40 significant digits is 0.333… with forty 3s
    expect(dec(1).div(3).toFixed()).toBe(`0.${'3'.repeat(40)}`)
  })

  it('rounds half up to the cent, where binary floats would round down', () => {
    // worked out by hand: 1.005 → 1.01 half up (the float 1.005 is 1.00499…, toFixed gives "1.00")
    expect(fmt(dec('1.005'), 'cent')).toBe('1.01')
    // worked out by hand: 9.865 → 9.87 (banker's rounding would give 9.86)
    expect(fmt(dec('9.865'), 'cent')).toBe('9.87')
    expect(fmt(dec('9.8649'), 'cent')).toBe('9.86')
    expect(roundScore(dec('2.675'), 'cent').toFixed()).toBe('2.68')
  })

  it('rounds half up to whole points', () => {
    // worked out by hand: 8.5 → 9, 2.5 → 3 (banker's would give 8 and 2), 8.62 → 9, 8.49 → 8
    expect(fmt(dec('8.5'), 'whole')).toBe('9')
    expect(fmt(dec('2.5'), 'whole')).toBe('3')
    expect(fmt(dec('8.62'), 'whole')).toBe('9')
    expect(fmt(dec('8.49'), 'whole')).toBe('8')
  })

  it('formats rates with 2 places and money with at least 2', () => {
    expect(fmtRate(dec('86.2037037'))).toBe('86.20')
    expect(fmtMoney(dec('43.2'))).toBe('43.20')
    expect(fmtMoney(dec('37.2412'))).toBe('37.2412')
    expect(fmt(dec(100), 'cent')).toBe('100.00')
  })

  it('sums many random 2-place strings to the integer-cents sum', () => {
    const cents = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 300 }), (list) => {
        const strings = list.map((c) => {
          const sign = c < 0n ? '-' : ''
          const abs = c < 0n ? -c : c
          return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
        })
        const expected = list.reduce((a, b) => a + b, 0n)
        expect(sum(strings).times(100).toFixed()).toBe(expected.toString())
      }),
    )
  })
})
