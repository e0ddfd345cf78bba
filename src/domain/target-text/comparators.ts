// How published tables spell a comparison. Texts are matched after NFKC normalisation
// (＞ → >, ＝ and ﹦ → =, full-width digits → ASCII) with all whitespace removed. The box-drawing
// ═ (U+2550) some tables print for = is no compatibility character, so it is listed itself.
import type { Comparator } from '../types'

type Spelling = readonly [text: string, op: Comparator]

// prettier-ignore
const SIGNS: readonly Spelling[] = [
  ['>=', '>='], ['≥=', '>='], ['≧=', '>='], ['=>', '>='], ['≥', '>='], ['≧', '>='], ['⩾', '>='],
  ['<=', '<='], ['≤=', '<='], ['≦=', '<='], ['=<', '<='], ['≤', '<='], ['≦', '<='], ['⩽', '<='],
  ['==', '='], ['=', '='], ['═', '='], ['≡', '='], ['>', '>'], ['<', '<'],
]

// prettier-ignore
const WORDS: readonly Spelling[] = [
  ['大于或等于', '>='], ['大于等于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='],
  ['至少', '>='], ['达到', '>='],
  ['小于或等于', '<='], ['小于等于', '<='], ['不高于', '<='], ['不超过', '<='], ['不多于', '<='],
  ['不大于', '<='], ['至多', '<='], ['最多', '<='], ['控制在', '<='],
  ['高于', '>'], ['大于', '>'], ['超过', '>'], ['多于', '>'],
  ['低于', '<'], ['小于', '<'], ['少于', '<'],
  ['等于', '='],
]

/** Written after the number: "10天以内", "50万元以上" (以上/以下 include the number in Chinese usage). */
// prettier-ignore
const SUFFIXES: readonly Spelling[] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='],
]

const byLengthDesc = (a: Spelling, b: Spelling) => b[0].length - a[0].length
const PREFIXES = [...SIGNS, ...WORDS].sort(byLengthDesc)
const SORTED_SUFFIXES = [...SUFFIXES].sort(byLengthDesc)

export interface Match {
  op: Comparator
  rest: string
}

/** The comparison a normalised text starts with, and what follows it. */
export function matchPrefix(text: string): Match | null {
  for (const [spelling, op] of PREFIXES) {
    if (text.startsWith(spelling)) return { op, rest: text.slice(spelling.length) }
  }
  return null
}

/** The comparison a normalised text ends with, and what precedes it. */
export function matchSuffix(text: string): Match | null {
  for (const [spelling, op] of SORTED_SUFFIXES) {
    if (text.endsWith(spelling)) return { op, rest: text.slice(0, -spelling.length) }
  }
  return null
}

/** True when the text starts like a comparison ("＞", "≥", "不低于" …), after normalisation. */
export function startsWithComparator(text: string): boolean {
  return matchPrefix(normalizeTargetText(text)) !== null
}

/** NFKC (full-width → ASCII) and no whitespace: the form every rule here is written against. */
export function normalizeTargetText(text: string): string {
  // NFKC would turn ㎡ and m² into "m2", whose digit reads as a second number.
  const areas = text.replace(/㎡|m²/g, '平方米').replace(/㎥|m³/g, '立方米')
  return areas.normalize('NFKC').replace(/\s+/g, '')
}
