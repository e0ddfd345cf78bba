// The order a leader ranks units by on the province's comparison page.
import type { Light } from '../types'
import type { ComparisonRow } from './comparison'

export type ComparisonSortKey = 'tree' | 'score' | 'rate' | 'light' | 'projected'
export type SortDirection = 'desc' | 'asc'

/** Worst first when descending: red, yellow, green, blue; none (nothing to judge yet) always last. */
const LIGHT_RANK: Record<Light, number | null> = { red: 3, yellow: 2, green: 1, blue: 0, none: null }

/**
 * A figure to order by, or null (no sheet, no budget: always last). The figures are decimal strings
 * of at most two places, which Number() orders exactly; nothing here is summed.
 */
function keyOf(row: ComparisonRow, key: Exclude<ComparisonSortKey, 'tree'>): number | null {
  if (key === 'light') return LIGHT_RANK[row.light]
  const value = key === 'score' ? row.score : key === 'rate' ? row.rate : row.projected
  return value === null ? null : Number(value)
}

/** A sorted copy; ties and 'tree' keep the given (tree) order, rows without the figure go last either way. */
export function sortComparison(
  rows: readonly ComparisonRow[],
  key: ComparisonSortKey,
  direction: SortDirection,
): ComparisonRow[] {
  if (key === 'tree') return [...rows]
  const sign = direction === 'desc' ? -1 : 1
  const keyed = rows.map((row, index) => ({ row, index, value: keyOf(row, key) }))
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index
      return a.value === null ? 1 : -1
    }
    return (a.value - b.value) * sign || a.index - b.index
  })
  return keyed.map((k) => k.row)
}
