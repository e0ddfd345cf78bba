import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readJson } from '@/domain/exchange'

describe('readJson', () => {
  it('builds what JSON.parse builds', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = readJson(text)
        expect(result.ok && result.value).toEqual(JSON.parse(text))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps the source text of each number, by path', () => {
    const result = readJson('{"a": [1, 100.00, {"b": 0.1000000000000000055511}], "c": -3e2}')
    expect(result.ok && Object.fromEntries(result.rawNumbers)).toEqual({
      'a[0]': '1',
      'a[1]': '100.00',
      'a[2].b': '0.1000000000000000055511',
      c: '-3e2',
    })
  })

  it('keeps "__proto__" as data', () => {
    const result = readJson('{"__proto__": {"polluted": true}}')
    expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts a byte-order mark', () => {
    expect(readJson('\uFEFF{"a":1}').ok).toBe(true)
  })

  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['[1, 2', 1, 6],
    ['', 1, 1],
    ['{"a": 01}', 1, 8],
    ["{'a': 1}", 1, 2],
    ['{"a": 1} x', 1, 10],
  ])('reports %j at line %i column %i', (text, line, column) => {
    const result = readJson(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect([result.line, result.column]).toEqual([line, column])
      expect(result.reason.zh).toBeTruthy()
    }
  })
})
