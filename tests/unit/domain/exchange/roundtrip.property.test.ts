import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readPackage, writePackage } from '@/domain/exchange'
import { KNOWN_UNITS, QUALITATIVE_PHRASES, formatTarget } from '@/domain/target-text'
import type { Indicator, LedgerPackage, Sheet, Target } from '@/domain/types'

const decimal = fc
  .tuple(fc.nat({ max: 100000 }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`))
const canonical = fc
  .tuple(fc.nat({ max: 100000 }), fc.option(fc.stringMatching(/^\d{0,3}[1-9]$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`))

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({
    op: fc.constantFrom('>=' as const, '>' as const, '=' as const, '<=' as const, '<' as const),
    value: canonical,
    unit: fc.constantFrom('', ...KNOWN_UNITS),
  }),
  fc.constantFrom(...QUALITATIVE_PHRASES).map((text) => ({ op: 'qualitative' as const, text })),
)

/** The published wording: canonical, as a PDF prints it, or stale (edited since). */
function publishedText(t: Target): fc.Arbitrary<string> {
  if (t.op === 'qualitative') return fc.constant(t.text)
  const fullWidth = t.op.replace('>', '＞').replace('<', '＜')
  return fc.constantFrom(
    formatTarget(t),
    `${fullWidth}${t.value} ${t.unit}`,
    `${t.op}${t.value}${t.unit}（旧）`,
    '见附件',
  )
}

const indicator = (id: string): fc.Arbitrary<Indicator> =>
  target.chain((t) =>
    fc.record(
      {
        id: fc.constant(id),
        level1: fc.constantFrom('产出指标', '效益指标', '满意度指标'),
        level2: fc.constantFrom('数量指标', '质量指标', '社会效益指标'),
        name: fc.string({ minLength: 1, maxLength: 12 }),
        target: fc.constant(t),
        targetText: publishedText(t),
        weight: fc.integer({ min: 0, max: 30 }),
        measure: fc.constantFrom('cumulative' as const, 'latest' as const),
        rule: fc.string(),
        basis: fc.string(),
        plan: fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), value: decimal }), {
          maxLength: 4,
        }),
      },
      { requiredKeys: ['id', 'level1', 'level2', 'name', 'target', 'targetText', 'weight', 'measure'] },
    ),
  )

const sheet = (s: number): fc.Arbitrary<Sheet> =>
  fc.integer({ min: 0, max: 5 }).chain((count) =>
    fc.record(
      {
        id: fc.constant(`s${s}`),
        unitId: fc.constant('u0'),
        year: fc.constant(2025),
        kind: fc.constantFrom('department' as const, 'project' as const),
        name: fc.string(),
        owner: fc.string(),
        goals: fc.array(fc.string(), { maxLength: 3 }),
        budget: fc.record({ initial: decimal, adjusted: decimal }),
        funds: fc.record({ fiscal: decimal, other: decimal }),
        scoring: fc.record(
          { rounding: fc.constantFrom('cent' as const, 'whole' as const) },
          { requiredKeys: [] },
        ),
        indicators: fc.tuple(...Array.from({ length: count }, (_, i) => indicator(`s${s}-i${i}`))),
        status: fc.constantFrom('draft' as const, 'locked' as const),
      },
      {
        requiredKeys: [
          'id',
          'unitId',
          'year',
          'kind',
          'name',
          'goals',
          'budget',
          'funds',
          'scoring',
          'indicators',
        ],
      },
    ),
  )

const ledgerPackage: fc.Arbitrary<LedgerPackage> = fc
  .tuple(sheet(0), sheet(1), fc.array(decimal, { maxLength: 5 }), fc.option(fc.string(), { nil: undefined }))
  .map(([a, b, values, exportedAt]) => {
    const indicatorIds = [...a.indicators, ...b.indicators].map((i) => i.id)
    const pkg: LedgerPackage = {
      format: 'perf-ledger',
      version: 1,
      units: [{ id: 'u0', name: '单位', parentId: null }],
      sheets: [a, b],
      progress: indicatorIds.length
        ? values.map((value, k) => ({
            id: `e${k}`,
            indicatorId: indicatorIds[k % indicatorIds.length]!,
            date: '2025-06-30',
            value: '1',
            note: value,
          }))
        : [],
      spending: values.map((amount, k) => ({ id: `x${k}`, sheetId: 's0', date: '2025-01-31', amount })),
      judgements: [],
      overrides: [],
      notApplicable: [],
      deviations: [],
    }
    if (exportedAt !== undefined) pkg.exportedAt = exportedAt
    return pkg
  })

describe('readPackage ∘ writePackage', () => {
  it('gives back the package, as a value and as JSON text', () => {
    fc.assert(
      fc.property(ledgerPackage, (pkg) => {
        const written = writePackage(pkg)
        const fromValue = readPackage(written)
        expect(fromValue.ok && fromValue.pkg).toEqual(pkg)
        const fromText = readPackage(JSON.stringify(written))
        expect(fromText.ok && fromText.pkg).toEqual(pkg)
      }),
      { numRuns: 300 },
    )
  })
})
