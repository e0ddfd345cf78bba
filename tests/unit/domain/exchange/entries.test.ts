// The hand-written check of progress and spending (entries.ts) against zod's packageSchema, which
// still defines them: the same findings in the same order, and the same entries, key order included.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packageSchema, readPackage } from '@/domain/exchange'
import { readProgressEntries, readSpendingEntries } from '@/domain/exchange/entries'
import { decimalReader } from '@/domain/exchange/to-model'
import { fromZodIssue } from '@/domain/exchange/zod-issues'
import { minimalWire, type Wire } from './helpers'

/** What the reader reported before entries.ts: every finding of the whole schema, in zod's order. */
function zodFindings(value: unknown) {
  const parsed = packageSchema.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((iss) => fromZodIssue(iss, value))
}

/** What toModel made of zod's output: the same object with the decimal as text. */
function zodEntries(list: unknown, key: 'progress' | 'spending') {
  const parsed = packageSchema.safeParse({ format: 'perf-ledger', version: 1, [key]: list })
  if (!parsed.success) return undefined
  const decimal = key === 'progress' ? 'value' : 'amount'
  const read = decimalReader(new Map())
  return (parsed.data[key] as Record<string, unknown>[] | undefined)?.map((e, i) => ({
    ...e,
    [decimal]: read(e[decimal] as number | string, `${key}[${i}].${decimal}`),
  }))
}

function handFindings(list: unknown, key: 'progress' | 'spending') {
  const read = key === 'progress' ? readProgressEntries : readSpendingEntries
  const result = read(list, decimalReader(new Map()))
  const root = { format: 'perf-ledger', version: 1, [key]: list }
  return { entries: result.entries, findings: result.issues.map((iss) => fromZodIssue(iss, root)) }
}

const keysOf = (list: readonly object[] | undefined) => list?.map((e) => Object.keys(e))

/** Anything a field may hold, well-formed or not. */
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, '', 'p1', '2025-03-01', '12.50', '-3', '1e3', '1.', ' 7', '０'),
  fc.string({ maxLength: 4 }),
  fc.double(),
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom([], {}, ['x'], { a: 1 }, { length: 0 }),
)

const entryOf = (keys: readonly string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: anyValue },
    {
      weight: 9,
      arbitrary: fc.record(
        Object.fromEntries(
          [...keys, 'extra', 'zeta'].map((k) => [
            k,
            fc.oneof({ weight: 3, arbitrary: fc.constantFrom('ok-1', '2025-01-31', 5, '0.10') }, anyValue),
          ]),
        ),
        { requiredKeys: [] },
      ),
    },
  )

const PROGRESS_KEYS = ['id', 'indicatorId', 'date', 'value', 'note', 'by'] as const
const SPENDING_KEYS = ['id', 'sheetId', 'date', 'amount', 'note'] as const

describe('progress and spending, checked by hand as zod checks them', () => {
  for (const [key, keys] of [
    ['progress', PROGRESS_KEYS],
    ['spending', SPENDING_KEYS],
  ] as const) {
    it(`${key}: the same findings, entries and key order for any list`, () => {
      const list = fc.oneof(
        { weight: 1, arbitrary: anyValue },
        { weight: 8, arbitrary: fc.array(entryOf(keys), { maxLength: 6 }) },
      )
      fc.assert(
        fc.property(list, (value) => {
          const hand = handFindings(value, key)
          const root = { format: 'perf-ledger', version: 1, [key]: value }
          expect(hand.findings).toEqual(zodFindings(root))
          const expected = zodEntries(value, key)
          expect(hand.entries).toEqual(expected)
          expect(keysOf(hand.entries)).toEqual(keysOf(expected))
        }),
        { numRuns: 600 },
      )
    })
  }

  it('names each kind of finding as zod does', () => {
    const list = [
      { indicatorId: 'i1', date: '2025-01-01', value: 1 }, // no id: a required key is missing
      { id: '', indicatorId: 'i1', date: '2025-01-01', value: 1 }, // empty id
      { id: 'p3', indicatorId: 7, date: '2025-01-01', value: 1 }, // wrong type
      { id: 'p4', indicatorId: 'i1', date: '2025-01-01', value: '1,5' }, // not a decimal
      { id: 'p5', indicatorId: 'i1', date: '2025-01-01', value: 1, note: null }, // optional, wrong type
      'p6', // not an object
    ]
    const { findings } = handFindings(list, 'progress')
    expect(findings.map((f) => [f.path, f.message.zh])).toEqual([
      ['progress[0].id', '缺少必填项。'],
      ['progress[1].id', '不能为空。'],
      ['progress[2].indicatorId', '类型错误：应为文本。'],
      ['progress[3].value', '应为十进制数：数字或 "37.24" 形式的字符串。'],
      ['progress[4].note', '类型错误：应为文本。'],
      ['progress[5]', '类型错误：应为对象。'],
    ])
    expect(findings).toEqual(zodFindings({ format: 'perf-ledger', version: 1, progress: list }))
  })

  it('reports a list that is not a list, and keeps an absent one absent', () => {
    expect(handFindings({ id: 'p1' }, 'spending').findings.map((f) => [f.path, f.message.en])).toEqual([
      ['spending', 'Wrong type: expected array.'],
    ])
    expect(handFindings(undefined, 'spending')).toEqual({ entries: undefined, findings: [] })
  })

  it('keeps unknown keys but never a "__proto__" key, as zod does', () => {
    const text = '[{"id":"p1","zz":1,"__proto__":{"polluted":true},"indicatorId":"i1","date":"d","value":2}]'
    const hand = handFindings(JSON.parse(text), 'progress')
    expect(keysOf(hand.entries)).toEqual([['id', 'indicatorId', 'date', 'value', 'zz']])
    expect(keysOf(hand.entries)).toEqual(keysOf(zodEntries(JSON.parse(text), 'progress')))
    expect(Object.getPrototypeOf(hand.entries![0])).toBe(Object.prototype)
  })
})

describe('entries the reader parsed itself are kept, not copied, when already in output order', () => {
  const read = (text: string, owned: boolean) =>
    readProgressEntries(JSON.parse(text), decimalReader(new Map()), owned)

  it('keeps an entry in order, converting a number in place; copies one out of order', () => {
    const text =
      '[{"id":"p1","indicatorId":"i1","date":"d","value":2.5,"zz":1},' +
      '{"indicatorId":"i1","id":"p2","date":"d","value":"3"},' +
      '{"id":"p3","indicatorId":"i1","date":"d","value":"4","__proto__":{}}]'
    const list = JSON.parse(text)
    const { entries } = readProgressEntries(list, decimalReader(new Map()), true)
    expect(entries![0]).toBe(list[0])
    expect(entries![0]).toEqual({ id: 'p1', indicatorId: 'i1', date: 'd', value: '2.5', zz: 1 })
    expect(entries![1]).not.toBe(list[1])
    expect(Object.keys(entries![1]!)).toEqual(['id', 'indicatorId', 'date', 'value'])
    expect(entries![2]).not.toBe(list[2])
    expect(Object.keys(entries![2]!)).toEqual(['id', 'indicatorId', 'date', 'value'])
  })

  it('gives what a copy gives, key order included, for any list', () => {
    const list = fc.array(entryOf(PROGRESS_KEYS), { maxLength: 6 }).map((l) => JSON.stringify(l))
    fc.assert(
      fc.property(list, (text) => {
        const kept = read(text, true)
        const copied = read(text, false)
        expect(kept).toEqual(copied)
        expect(keysOf(kept.entries)).toEqual(keysOf(copied.entries))
      }),
      { numRuns: 400 },
    )
  })
})

describe('readPackage: findings of the whole file in zod order', () => {
  it('puts the findings of progress and spending between those of the keys around them', () => {
    const wire: Wire = minimalWire()
    wire.units[0].name = 5 // before progress
    wire.progress = [{ id: 'p1', indicatorId: 'i1', date: '2025-01-01', value: 'x' }]
    wire.spending = [{ id: '', sheetId: 's1', date: '2025-01-01', amount: 1 }]
    wire.judgements = [{ indicatorId: 'i3', tier: '好', score: 1 }] // after spending
    const issues = readPackage(wire).issues
    expect(issues.map((i) => i.path)).toEqual([
      'units[0].name',
      'progress[0].value',
      'spending[0].id',
      'judgements[0].tier',
    ])
    expect(issues).toEqual(zodFindings(wire))
  })

  it('agrees with zod on files broken anywhere', () => {
    const broken = fc.record(
      {
        units: fc.oneof(
          anyValue,
          fc.constant([{ id: 'u1', name: 'n' }]),
          fc.array(anyValue, { maxLength: 2 }),
        ),
        sheets: fc.oneof(anyValue, fc.constant(minimalWire().sheets)),
        progress: fc.oneof(anyValue, fc.array(entryOf(PROGRESS_KEYS), { maxLength: 3 })),
        spending: fc.oneof(anyValue, fc.array(entryOf(SPENDING_KEYS), { maxLength: 3 })),
        judgements: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 2 })),
        deviations: fc.oneof(anyValue, fc.constant([])),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(broken, (parts) => {
        const wire = { format: 'perf-ledger', version: 1, ...parts }
        const expected = zodFindings(wire)
        fc.pre(expected.length > 0)
        const result = readPackage(wire)
        expect(result.ok).toBe(false)
        expect(result.issues).toEqual(expected)
      }),
      { numRuns: 400 },
    )
  })
})
