import type { Target } from '../types'

/**
 * The canonical ASCII form: ">=4次", "=100%", "<=10天"; a qualitative target as written. Files,
 * workbooks and the command line's JSON print targets this way (docs/exchange-format.md).
 */
export function formatTarget(t: Target): string {
  return t.op === 'qualitative' ? t.text : `${t.op}${t.value}${t.unit}`
}

/** Structural equality of two targets (null = unreadable). */
export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b
  if (a.op === 'qualitative' || b.op === 'qualitative') {
    return a.op === 'qualitative' && b.op === 'qualitative' && a.text === b.text
  }
  return a.op === b.op && a.value === b.value && a.unit === b.unit
}

const SYMBOLS: Readonly<Record<Exclude<Target['op'], 'qualitative'>, string>> = {
  '>=': '≥',
  '>': '>',
  '=': '=',
  '<=': '≤',
  '<': '<',
}

/** How a structured target reads to a person on screen: "≥ 4 次", "= 100%", or the qualitative text. */
export function displayTarget(t: Target): string {
  if (t.op === 'qualitative') return t.text
  return `${SYMBOLS[t.op]} ${t.value}${t.unit === '%' ? '' : ' '}${t.unit}`.trim()
}
