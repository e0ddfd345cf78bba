import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readPackage, type Issue } from '@/domain/exchange'
import type { LedgerPackage } from '@/domain/types'
import { minimalWire } from './helpers'

function read(wire: unknown) {
  const result = readPackage(wire)
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2))
  return result
}

const codes = (issues: Issue[]) => issues.map((i) => [i.level, i.code, i.path])

describe('readPackage: defaults', () => {
  it('fills missing optional keys', () => {
    const wire = minimalWire()
    for (const key of [
      'units',
      'progress',
      'spending',
      'judgements',
      'overrides',
      'notApplicable',
      'deviations',
    ]) {
      delete wire[key]
    }
    wire.units = [{ id: 'u1', name: '测试单位' }]
    delete wire.sheets[0].goals
    delete wire.sheets[0].scoring
    const { pkg } = read(wire)
    expect(pkg.units[0]!.parentId).toBeNull()
    expect(pkg.progress).toEqual([])
    expect(pkg.deviations).toEqual([])
    expect(pkg.sheets[0]!.goals).toEqual([])
    expect(pkg.sheets[0]!.scoring).toEqual({})
  })

  it('takes "latest" for a % target and "cumulative" otherwise', () => {
    const measures = read(minimalWire()).pkg.sheets[0]!.indicators.map((i) => i.measure)
    expect(measures).toEqual(['cumulative', 'latest', 'cumulative'])
  })

  it('keeps an explicit measure', () => {
    const wire = minimalWire()
    wire.sheets[0].indicators[0].measure = 'latest'
    expect(read(wire).pkg.sheets[0]!.indicators[0]!.measure).toBe('latest')
  })
})

describe('readPackage: decimals stay exact', () => {
  it('keeps the source text of JSON numbers', () => {
    const wire = minimalWire()
    const text = JSON.stringify(wire)
      .replace('"initial":"100.00"', '"initial":100.00')
      .replace('"adjusted":"100.00"', '"adjusted":123456789012345678.12')
      .replace('"other":"0.00"', '"other":1e-7')
    const sheet = readPackage(text)
    // Arithmetic warnings are expected here; the values are what matters.
    expect(sheet.ok).toBe(true)
    const { budget, funds } = (sheet as { ok: true; pkg: LedgerPackage }).pkg.sheets[0]!
    expect(budget.initial).toBe('100.00')
    expect(budget.adjusted).toBe('123456789012345678.12')
    expect(funds.other).toBe('0.0000001')
  })

  it('gives every JSON number literal back as written', () => {
    const literal = fc
      .tuple(
        fc.stringMatching(/^(0|[1-9]\d{0,20})$/),
        fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
      )
      .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`))
    fc.assert(
      fc.property(literal, (text) => {
        const json = JSON.stringify(minimalWire()).replace('"initial":"100.00"', `"initial":${text}`)
        const result = readPackage(json)
        expect(result.ok && result.pkg.sheets[0]!.budget.initial).toBe(text)
      }),
      { numRuns: 500 },
    )
  })

  it('turns numbers of a parsed value into their shortest decimal text', () => {
    const wire = minimalWire()
    wire.sheets[0].budget = { initial: 37.24, adjusted: 43.2 }
    wire.sheets[0].funds = { fiscal: 43.2, other: 0 }
    const { budget, funds } = read(wire).pkg.sheets[0]!
    expect([budget.initial, budget.adjusted, funds.fiscal, funds.other]).toEqual([
      '37.24',
      '43.2',
      '43.2',
      '0',
    ])
  })

  it('reads decimal strings as given', () => {
    const wire = minimalWire()
    wire.progress = [{ id: 'e1', indicatorId: 'i1', date: '2025-03-01', value: '0.10' }]
    expect(read(wire).pkg.progress[0]!.value).toBe('0.10')
  })
})

describe('readPackage: targets', () => {
  it('parses published text and keeps it verbatim', () => {
    const ind = read(minimalWire()).pkg.sheets[0]!.indicators[0]!
    expect(ind.target).toEqual({ op: '>=', value: '4', unit: '次' })
    expect(ind.targetText).toBe('≥4次')
  })

  it('takes a structured target and formats its text', () => {
    const wire = minimalWire()
    wire.sheets[0].indicators[0].target = { op: '>=', value: 4, unit: '次' }
    wire.sheets[0].indicators[2].target = { op: 'qualitative', text: '有效提升' }
    const [first, , third] = read(wire).pkg.sheets[0]!.indicators
    expect(first!.target).toEqual({ op: '>=', value: '4', unit: '次' })
    expect(first!.targetText).toBe('>=4次')
    expect(third!.target).toEqual({ op: 'qualitative', text: '有效提升' })
  })

  it('canonicalises a structured value', () => {
    const wire = minimalWire()
    wire.sheets[0].indicators[0].target = { op: '>=', value: '4.50', unit: '次' }
    expect(read(wire).pkg.sheets[0]!.indicators[0]!.target).toEqual({ op: '>=', value: '4.5', unit: '次' })
  })

  it('keeps an unreadable target as text, with a warning', () => {
    const wire = minimalWire()
    wire.sheets[0].indicators[0].target = '4-6次'
    const result = read(wire)
    expect(result.pkg.sheets[0]!.indicators[0]!.target).toBeNull()
    expect(result.pkg.sheets[0]!.indicators[0]!.targetText).toBe('4-6次')
    expect(codes(result.issues)).toContainEqual([
      'warning',
      'unreadableTarget',
      'sheets[0].indicators[0].target',
    ])
  })

  it('refuses an unknown op', () => {
    const wire = minimalWire()
    wire.sheets[0].indicators[1].target = { op: '!=', value: '1', unit: '次' }
    const result = readPackage(wire)
    expect(result.ok).toBe(false)
    expect(codes(result.issues)).toContainEqual(['error', 'unknownOp', 'sheets[0].indicators[1].target.op'])
  })

  it('refuses a structured comparison without a value', () => {
    const wire = minimalWire()
    wire.sheets[0].indicators[1].target = { op: '>=', unit: '次' }
    expect(codes(readPackage(wire).issues)).toContainEqual([
      'error',
      'badTarget',
      'sheets[0].indicators[1].target.value',
    ])
  })
})

describe('readPackage: refusals', () => {
  it('reports text that is not JSON with its line and column', () => {
    const result = readPackage('{\n  "format": "perf-ledger",\n  "version": 1,,\n}')
    expect(result.ok).toBe(false)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]!.code).toBe('notJson')
    expect(result.issues[0]!.message.zh).toContain('第 3 行第 16 列')
    expect(result.issues[0]!.message.en).toContain('line 3, column 16')
  })

  it.each([
    [[], 'notObject', ''],
    [null, 'notObject', ''],
    ['"text"', 'notObject', ''],
    [{ format: 'other', version: 1 }, 'wrongFormat', 'format'],
    [{ version: 1 }, 'wrongFormat', 'format'],
    [{ format: 'perf-ledger', version: 2 }, 'wrongVersion', 'version'],
    [{ format: 'perf-ledger', version: '1' }, 'wrongVersion', 'version'],
  ])('refuses %j', (input, code, path) => {
    const result = readPackage(input)
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([[code, path]])
  })

  it('names every structural problem with its path', () => {
    const wire = minimalWire()
    delete wire.sheets[0].indicators[1].name
    wire.sheets[0].indicators[2].weight = '20'
    wire.sheets[0].kind = 'programme'
    wire.sheets[0].budget.initial = '1,000'
    wire.progress = [{ id: 'e1', indicatorId: 'i1', date: '2025-01-01', value: true }]
    const result = readPackage(wire)
    expect(result.ok).toBe(false)
    expect(result.issues.map((i) => [i.code, i.path]).sort()).toEqual(
      [
        ['badStructure', 'progress[0].value'],
        ['badStructure', 'sheets[0].budget.initial'],
        ['badStructure', 'sheets[0].indicators[1].name'],
        ['badStructure', 'sheets[0].indicators[2].weight'],
        ['badStructure', 'sheets[0].kind'],
      ].sort(),
    )
    const missing = result.issues.find((i) => i.path === 'sheets[0].indicators[1].name')!
    expect(missing.message).toEqual({ zh: '缺少必填项。', en: 'A required key is missing.' })
    const decimal = result.issues.find((i) => i.path === 'sheets[0].budget.initial')!
    expect(decimal.message.en).toContain('decimal')
    const kind = result.issues.find((i) => i.path === 'sheets[0].kind')!
    expect(kind.message.zh).toContain('"department"')
  })
})
