import type { Target } from '../types'

/** The canonical ASCII form: ">=4次", "=100%", "<=10天"; a qualitative target as written. */
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
