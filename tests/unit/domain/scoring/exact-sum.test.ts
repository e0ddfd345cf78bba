import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Decimal } from '@/domain/decimal'
import { DecimalAccumulator, toMillionths } from '@/domain/exact-sum'

const WideDecimal = Decimal.clone({ precision: 500 })

function accumulate(list: string[]): string {
  const acc = new DecimalAccumulator()
  for (const x of list) acc.add(x)
  return acc.total().toFixed()
}

describe('DecimalAccumulator', () => {
  it('parses plain decimals into millionths and leaves the rest to decimal.js', () => {
    // worked out by hand: 37.24 = 37 240 000 millionths; -0.5 = -500 000; .5 = 500 000
    expect(toMillionths('37.24')).toBe(37_240_000)
    expect(toMillionths('-0.5')).toBe(-500_000)
    expect(toMillionths('.5')).toBe(500_000)
    expect(toMillionths('999999999.999999')).toBe(999_999_999_999_999)
    for (const other of ['1e3', '0.1234567', '1234567890', '', '-', '.', '1,5', '+1'])
      expect(toMillionths(other)).toBeNull()
  })

  it('sums exactly, including values it hands to decimal.js', () => {
    // worked out by hand: 0.1 + 0.2 + 1e3 + 0.0000001 + 1234567890.5 = 1234568890.8000001
    expect(accumulate(['0.1', '0.2', '1e3', '0.0000001', '1234567890.5'])).toBe('1234568890.8000001')
    expect(accumulate([])).toBe('0')
  })

  it('stays exact across the flush threshold', () => {
    // worked out by hand: 20 × 999999999.999999 = 19999999999.99998
    expect(accumulate(Array(20).fill('999999999.999999'))).toBe('19999999999.99998')
    expect(accumulate(Array(20).fill('-999999999.999999'))).toBe('-19999999999.99998')
  })

  it('agrees with a decimal.js sum on random decimal strings', () => {
    const text = fc.oneof(
      fc
        .tuple(fc.boolean(), fc.nat({ max: 2_000_000_000 }), fc.nat({ max: 99_999_999 }))
        .map(([neg, i, f]) => `${neg ? '-' : ''}${i}.${String(f)}`),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
      fc
        .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
        .map((d) => new Decimal(d).toDecimalPlaces(6).toString()),
    )
    fc.assert(
      fc.property(fc.array(text, { maxLength: 200 }), (list) => {
        // Values as files carry them (at most 6 places); the oracle is wider than the app's 40 digits.
        let expected = new WideDecimal(0)
        for (const x of list) expected = expected.plus(x)
        expect(accumulate(list)).toBe(expected.toFixed())
      }),
    )
  })
})
