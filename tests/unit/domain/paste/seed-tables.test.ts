import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readPackage, writePackage } from '@/domain/exchange'
import { parseTargetTables } from '@/domain/paste'
import type { Indicator, LedgerPackage } from '@/domain/types'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const SEED_EXCERPT = readFileSync(fixture('seed-tables.txt'), 'utf8')
// The unit's whole published disclosure, kept in the repository beside the excerpt above.
const FULL_SEED = fileURLToPath(new URL('../../../fixtures/kizilsu-zgh-2025-disclosure.txt', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../../../../public/samples/kizilsu-zgh-2025.json', import.meta.url))

function sample(): LedgerPackage {
  const result = readPackage(readFileSync(SAMPLE, 'utf8'))
  if (!result.ok) throw new Error('sample unreadable')
  return result.pkg
}

/** The sample's plan is a planning input that no published table prints. */
function withoutPlan({ plan: _plan, ...rest }: Indicator): Indicator {
  return rest
}

describe('parseTargetTables on the seed', () => {
  const parsed = parseTargetTables(SEED_EXCERPT)
  const expected = sample()

  it('reads both tables without problems', () => {
    expect(parsed.problems).toEqual([])
    expect(parsed.sheets.map((s) => [s.kind, s.year, s.indicators.length])).toEqual([
      ['department', 2025, 6],
      ['project', 2025, 7],
    ])
    expect(parsed.unitName).toBe('克孜勒苏柯尔克孜自治州总工会')
  })

  const pairs = expected.sheets.flatMap((sheet, s) =>
    sheet.indicators.map((indicator, i) => [indicator.id, s, i] as const),
  )
  it.each(pairs)('%s matches the sample', (_id, s, i) => {
    expect(parsed.sheets[s]!.indicators[i]).toEqual(withoutPlan(expected.sheets[s]!.indicators[i]!))
  })

  it('reads names, owners, goals and money as the sample has them', () => {
    parsed.sheets.forEach((sheet, s) => {
      const want = expected.sheets[s]!
      expect(sheet.name).toBe(want.name)
      expect(sheet.owner).toBe(want.owner)
      expect(sheet.goals).toEqual(want.goals)
      expect([sheet.budget.initial, sheet.budget.adjusted]).toEqual([
        want.budget.initial,
        want.budget.adjusted,
      ])
      for (const key of Object.keys(sheet.funds)) expect(sheet.funds[key]).toBe(want.funds[key])
    })
    expect((parsed.sheets[0] as unknown as { contact: string }).contact).toBe('15160869006')
  })

  it('reads the whole seed document the same way', () => {
    const whole = parseTargetTables(readFileSync(FULL_SEED, 'utf8'))
    expect(whole.problems).toEqual([])
    expect(whole.sheets).toEqual(parsed.sheets)
  })

  it('makes a valid exchange file with structured targets', () => {
    const pkg: LedgerPackage = {
      format: 'perf-ledger',
      version: 1,
      units: [{ id: 'u', name: parsed.unitName!, parentId: null }],
      sheets: parsed.sheets.map((s) => ({ ...s, unitId: 'u' })),
      progress: [],
      spending: [],
      judgements: [],
      overrides: [],
      notApplicable: [],
      deviations: [],
    }
    const written = writePackage(pkg, { structuredTargets: true }) as {
      sheets: { indicators: { target: unknown }[] }[]
    }
    expect(written.sheets[0]!.indicators[0]!.target).toEqual({ op: '>=', value: '4', unit: '次' })
    const back = readPackage(JSON.stringify(written))
    expect(back.ok && back.pkg).toEqual(pkg)
  })
})
