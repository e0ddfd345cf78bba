// The polyfills are tested as functions: Node 20 has the built-ins, so installing would be a no-op.
import { describe, expect, it } from 'vitest'
import { at, findLast, findLastIndex, hasOwn } from '@/polyfills/indexed-methods'
import { structuredClonePolyfill } from '@/polyfills/structured-clone'

describe('at / findLast / findLastIndex / hasOwn for Chromium 86', () => {
  const years = [2023, 2024, 2025]

  it('reads from the end with negative indexes and gives undefined outside the array', () => {
    expect(at.call(years, -1)).toBe(2025)
    expect(at.call(years, -3)).toBe(2023)
    expect(at.call(years, 1.7)).toBe(2024) // truncated like the built-in
    expect(at.call(years, 3)).toBeUndefined()
    expect(at.call(years, -4)).toBeUndefined()
    expect(at.call([], -1)).toBeUndefined()
    expect(at.call(new Uint8Array([5, 6]), -1)).toBe(6)
  })

  it('finds the last match and its index, or undefined and -1', () => {
    const levels = ['产出指标', '数量指标', '效益指标', '满意度']
    expect(findLast.call(levels, (l) => String(l).endsWith('指标'))).toBe('效益指标')
    expect(findLastIndex.call(levels, (l) => String(l).endsWith('指标'))).toBe(2)
    expect(findLast.call(levels, (l) => l === '无')).toBeUndefined()
    expect(findLastIndex.call(levels, (l) => l === '无')).toBe(-1)
  })

  it('hasOwn sees own keys only, not inherited ones', () => {
    const row = Object.create({ inherited: 1 }) as Record<string, number>
    row.own = 2
    expect(hasOwn(row, 'own')).toBe(true)
    expect(hasOwn(row, 'inherited')).toBe(false)
  })
})

describe('structuredClone for Chromium 86', () => {
  it('copies nested data deeply, keeping dates, maps, sets, bytes and cycles', () => {
    const when = new Date('2025-03-05T00:00:00Z')
    const source: Record<string, unknown> = {
      indicators: [{ name: '培训人次', target: '≥120', weights: new Map([['a', 10]]) }],
      when,
      tags: new Set(['一级']),
      bytes: new Uint8Array([1, 2, 3]),
    }
    source.self = source
    const copy = structuredClonePolyfill(source)
    expect(copy).not.toBe(source)
    expect(copy.self).toBe(copy)
    expect(copy.indicators).toEqual(source.indicators)
    expect(copy.indicators).not.toBe(source.indicators)
    expect((copy.when as Date).getTime()).toBe(when.getTime())
    expect(copy.when).not.toBe(when)
    expect([...(copy.tags as Set<string>)]).toEqual(['一级'])
    const bytes = copy.bytes as Uint8Array
    bytes[0] = 9
    expect((source.bytes as Uint8Array)[0]).toBe(1)
  })

  it('refuses functions, as the built-in does', () => {
    expect(() => structuredClonePolyfill({ f: () => 1 })).toThrow(/could not be cloned/)
  })
})
