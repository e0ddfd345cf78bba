// The two long lists of a file, progress and spending (200,000 and 20,000 entries in a provincial
// file), checked and converted in one pass by hand instead of by zod's generic object walk, which
// spent about as long on them as JSON.parse did. The findings are exactly those of progressSchema
// and spendingSchema in schema.ts (tests/unit/domain/exchange/entries.test.ts holds the two side
// by side), and the entries come out as toModel made them from zod's output: the same keys in the
// same order, decimals as text.
import type { core } from 'zod'
import type { ProgressEntry, SpendingEntry } from '../types'
import { FUND_SOURCES } from '../vocabulary'
import { DECIMAL_MESSAGE, isDecimalInput } from './schema'
import type { DecimalReader } from './to-model'

type Field = 'id' | 'text' | 'decimal' | 'optionalText' | 'optionalSource'

interface EntryShape {
  /** The schema's keys in its order, which is also the order of the keys in the output. */
  fields: readonly (readonly [string, Field])[]
  /** The key holding the decimal that becomes text. */
  decimal: string
}

export const PROGRESS_SHAPE: EntryShape = {
  fields: [
    ['id', 'id'],
    ['indicatorId', 'id'],
    ['date', 'text'],
    ['value', 'decimal'],
    ['note', 'optionalText'],
    ['by', 'optionalText'],
  ],
  decimal: 'value',
}

export const SPENDING_SHAPE: EntryShape = {
  fields: [
    ['id', 'id'],
    ['sheetId', 'id'],
    ['date', 'text'],
    ['amount', 'decimal'],
    ['source', 'optionalSource'],
    ['note', 'optionalText'],
    ['reason', 'optionalText'],
  ],
  decimal: 'amount',
}

export interface EntriesResult<T> {
  /** Present (possibly empty) when the list has no finding; undefined when the file has no list. */
  entries: T[] | undefined
  /** zod-shaped findings, for fromZodIssue. */
  issues: core.$ZodIssue[]
}

/**
 * `owned`: the list came from the reader's own JSON.parse and nobody else holds it, so an entry
 * whose keys already stand in the order of the output is kept as it is instead of copied (220,000
 * fewer objects for the garbage collector). A caller's value is always copied, as zod copied it.
 */
export function readProgressEntries(
  list: unknown,
  readDecimal: DecimalReader,
  owned = false,
): EntriesResult<ProgressEntry> {
  return readEntries<ProgressEntry>(list, 'progress', PROGRESS_SHAPE, readDecimal, owned)
}

export function readSpendingEntries(
  list: unknown,
  readDecimal: DecimalReader,
  owned = false,
): EntriesResult<SpendingEntry> {
  return readEntries<SpendingEntry>(list, 'spending', SPENDING_SHAPE, readDecimal, owned)
}

/** `z.array(looseObject(shape)).optional()` at top-level key `key`, then toModel's decimal step. */
export function readEntries<T>(
  list: unknown,
  key: string,
  shape: EntryShape,
  readDecimal: DecimalReader,
  owned = false,
): EntriesResult<T> {
  const issues: core.$ZodIssue[] = []
  if (list === undefined) return { entries: undefined, issues }
  if (!Array.isArray(list)) {
    issues.push({ code: 'invalid_type', expected: 'array', input: list, path: [key], message: '' })
    return { entries: undefined, issues }
  }
  const layout = new OutputLayout(shape)
  const entries: Record<string, unknown>[] = new Array(list.length)
  for (let i = 0; i < list.length; i++) {
    const input: unknown = list[i]
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      issues.push({ code: 'invalid_type', expected: 'object', input, path: [key, i], message: '' })
      continue
    }
    const entry = input as Record<string, unknown>
    for (const [name, field] of shape.fields) {
      const value = entry[name]
      if (field === 'optionalSource') {
        if (value !== undefined && !(FUND_SOURCES as readonly unknown[]).includes(value))
          issues.push(invalidSource(value, [key, i, name]))
      } else if (field === 'optionalText') {
        if (value !== undefined && typeof value !== 'string')
          issues.push(invalidString(value, [key, i, name]))
      } else if (field === 'decimal') {
        if (!isDecimalInput(value)) {
          issues.push({ code: 'custom', input: value, path: [key, i, name], message: DECIMAL_MESSAGE })
        }
      } else {
        if (typeof value !== 'string') issues.push(invalidString(value, [key, i, name]))
        if (field === 'id' && tooShort(value)) issues.push(tooSmall(value, [key, i, name]))
      }
    }
    if (issues.length > 0) continue
    const out = owned && layout.isOutputOrder(entry) ? entry : layout.copy(entry)
    const decimal = entry[shape.decimal]
    if (typeof decimal !== 'string') {
      out[shape.decimal] = readDecimal(decimal as number, `${key}[${i}].${shape.decimal}`)
    }
    entries[i] = out
  }
  // Checked above, key by key, against the shape T is written for.
  return { entries: issues.length === 0 ? (entries as unknown as T[]) : undefined, issues }
}

/** More layouts than this in one list are checked one entry at a time, as they come. */
const MAX_LAYOUTS = 16

/** The object zod's looseObject makes of an entry: the schema's keys in its order, then the others. */
class OutputLayout {
  private readonly known: Set<string>
  /** Own-key lists found to be in output order: entries of one file share a few (with or without a note…). */
  private readonly inOrder: string[][] = []

  constructor(private readonly shape: EntryShape) {
    this.known = new Set(shape.fields.map(([name]) => name))
  }

  copy(entry: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [name] of this.shape.fields) {
      if (name in entry) out[name] = entry[name]
    }
    // Keys this version does not know travel along, as zod's looseObject keeps them, except
    // "__proto__", which zod leaves out rather than let it become the entry's prototype.
    for (const name in entry) {
      if (!this.known.has(name) && name !== '__proto__') out[name] = entry[name]
    }
    return out
  }

  /** The entry's own keys are those copy() would give, in the same order. */
  isOutputOrder(entry: Record<string, unknown>): boolean {
    const keys = Object.keys(entry)
    if (this.inOrder.some((known) => sameList(keys, known))) return true
    if (!sameList(keys, Object.keys(this.copy(entry)))) return false
    if (this.inOrder.length < MAX_LAYOUTS) this.inOrder.push(keys)
    return true
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false
  return true
}

/**
 * `.min(1)`: zod runs the length check on anything with a length, even after the type check failed
 * (an empty list as an id gets both findings).
 */
function tooShort(value: unknown): boolean {
  if (value === null || value === undefined) return false
  const length = (value as { length?: unknown }).length
  return length !== undefined && !((length as number) >= 1)
}

function tooSmall(input: unknown, path: (string | number)[]): core.$ZodIssue {
  const origin = Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown'
  return { code: 'too_small', origin, minimum: 1, inclusive: true, input, path, message: '' }
}

/** As z.enum reports a value outside its list. */
function invalidSource(input: unknown, path: (string | number)[]): core.$ZodIssue {
  return { code: 'invalid_value', values: [...FUND_SOURCES], input, path, message: '' }
}

function invalidString(input: unknown, path: (string | number)[]): core.$ZodIssue {
  return { code: 'invalid_type', expected: 'string', input, path, message: '' }
}
