import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KNOWN_UNITS, QUALITATIVE_PHRASES, formatTarget, parseTarget } from '@/domain/target-text'
import type { Target } from '@/domain/types'

const canonicalDecimal = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.option(fc.stringMatching(/^\d{0,5}[1-9]$/), { nil: undefined }),
  )
  .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`))

const comparatorTarget: fc.Arbitrary<Target> = fc.record({
  op: fc.constantFrom('>=' as const, '>' as const, '=' as const, '<=' as const, '<' as const),
  value: canonicalDecimal,
  unit: fc.constantFrom('', ...KNOWN_UNITS.map((u) => u.normalize('NFKC'))),
})

const qualitativeTarget: fc.Arbitrary<Target> = fc
  .constantFrom(...QUALITATIVE_PHRASES)
  .map((text) => ({ op: 'qualitative' as const, text }))

describe('parseTarget ∘ formatTarget', () => {
  it('gives back every structured target', () => {
    fc.assert(
      fc.property(fc.oneof(comparatorTarget, qualitativeTarget), (target) => {
        expect(parseTarget(formatTarget(target)).target).toEqual(target)
      }),
      { numRuns: 2000 },
    )
  })
})
