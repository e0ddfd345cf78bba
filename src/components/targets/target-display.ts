import type { Target } from '@/domain/types'

const SYMBOLS: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }

/** How a structured target reads to a person: "≥ 4 次", "= 100%", or the qualitative text. */
export function displayTarget(target: Target): string {
  if (target.op === 'qualitative') return target.text
  return `${SYMBOLS[target.op]} ${target.value}${target.unit === '%' ? '' : ' '}${target.unit}`.trim()
}
