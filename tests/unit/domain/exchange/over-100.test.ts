import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dec } from '@/domain/decimal'
import { isOver100 } from '@/domain/exchange/checks/values'

describe('isOver100: a percentage reading above 100, read from its text', () => {
  it('decides the edges by hand', () => {
    // 100 itself and 100 with zeros after the point are not above it; anything past it is.
    for (const text of ['100', '100.0', '100.000', '0100', '99.99', '0', '000', '-0', '-200', '7'])
      expect(isOver100(text), text).toBe(false)
    for (const text of ['100.01', '100.0000001', '101', '00101', '1000', '250.5'])
      expect(isOver100(text), text).toBe(true)
  })

  it('agrees with Decimal on any decimal text', () => {
    const text = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^0{0,2}\d{1,5}$/),
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
      )
      .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`)
    fc.assert(
      fc.property(text, (t) => isOver100(t) === dec(t).gt(100)),
      { numRuns: 2000 },
    )
  })
})
