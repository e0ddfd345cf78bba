// The actual value of an indicator at the as-of date, from what was logged (DOMAIN.md §5).
import type { Measure, ProgressEntry } from '../types'
import { Decimal } from '../decimal'
import { DecimalAccumulator } from '../exact-sum'

export interface ActualValue {
  /** null for a reading never taken by the as-of date. */
  value: Decimal | null
  /** Whether any entry is dated on or before the as-of date. */
  hasData: boolean
}

/** ISO dates (YYYY-MM-DD) order as strings, so no parsing is needed in this hot loop. */
export function cumulativeActual(entries: readonly ProgressEntry[], asOf: string): ActualValue {
  const total = new DecimalAccumulator()
  let hasData = false
  for (const entry of entries) {
    if (entry.date > asOf) continue
    total.add(entry.value)
    hasData = true
  }
  return { value: total.total(), hasData }
}

/** The reading with the latest date on or before the as-of date; of equal dates the later in the list wins. */
export function latestActual(entries: readonly ProgressEntry[], asOf: string): ActualValue {
  let latest: ProgressEntry | undefined
  for (const entry of entries) {
    if (entry.date > asOf) continue
    if (!latest || entry.date >= latest.date) latest = entry
  }
  return latest ? { value: new Decimal(latest.value), hasData: true } : { value: null, hasData: false }
}

export function actualOf(measure: Measure, entries: readonly ProgressEntry[], asOf: string): ActualValue {
  return measure === 'latest' ? latestActual(entries, asOf) : cumulativeActual(entries, asOf)
}
