// The actual value of an indicator at the as-of date, from what was logged (docs/domain.md §5).
import type { Measure, ProgressEntry } from '../types'
import { Decimal } from '../decimal'
import { DecimalAccumulator } from '../exact-sum'

export interface ActualValue {
  /** null for a reading never taken by the as-of date. */
  value: Decimal | null
  /** Whether any entry is dated on or before the as-of date. */
  hasData: boolean
}

/**
 * Takes an indicator's entries one at a time, in file order, and keeps its actual value: the sum
 * ("cumulative") or the reading with the latest date, of equal dates the later one ("latest").
 * Entries after the as-of date are ignored. ISO dates order as strings, so nothing is parsed here.
 */
export class ActualTracker {
  private readonly sum: DecimalAccumulator | null
  private latest: ProgressEntry | undefined
  private hasData = false

  constructor(
    readonly measure: Measure,
    private readonly asOf: string,
  ) {
    this.sum = measure === 'latest' ? null : new DecimalAccumulator()
  }

  add(entry: ProgressEntry): void {
    if (entry.date > this.asOf) return
    this.hasData = true
    if (this.sum) this.sum.add(entry.value)
    else if (!this.latest || entry.date >= this.latest.date) this.latest = entry
  }

  /** What was taken in, undecoded, for the fast path (fast/sheet.ts): the sum in integer millionths (null once it left them) or the latest reading's text. */
  raw():
    | { measure: 'latest'; latest: string | null; hasData: boolean }
    | { measure: 'cumulative'; millionths: number | null; hasData: boolean } {
    if (this.sum)
      return { measure: 'cumulative', millionths: this.sum.exactMillionths(), hasData: this.hasData }
    return { measure: 'latest', latest: this.latest ? this.latest.value : null, hasData: this.hasData }
  }

  result(): ActualValue {
    if (this.sum) return { value: this.sum.total(), hasData: this.hasData }
    return this.latest
      ? { value: new Decimal(this.latest.value), hasData: true }
      : { value: null, hasData: false }
  }
}

export function actualOf(measure: Measure, entries: readonly ProgressEntry[], asOf: string): ActualValue {
  const tracker = new ActualTracker(measure, asOf)
  for (const entry of entries) tracker.add(entry)
  return tracker.result()
}

export function cumulativeActual(entries: readonly ProgressEntry[], asOf: string): ActualValue {
  return actualOf('cumulative', entries, asOf)
}

export function latestActual(entries: readonly ProgressEntry[], asOf: string): ActualValue {
  return actualOf('latest', entries, asOf)
}
