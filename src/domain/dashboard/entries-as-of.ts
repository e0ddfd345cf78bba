// An indicator's entries as the drawer lists them at an as-of date: those dated after it stay in
// the list (someone typed them) but are marked, since the figures above do not count them.
import type { ProgressEntry } from '../types'

export interface EntryAsOf {
  entry: ProgressEntry
  /** Dated after the as-of date: not counted in the figures read at that date. */
  afterAsOf: boolean
}

export function entriesAsOf(entries: readonly ProgressEntry[], asOf: string): EntryAsOf[] {
  return entries.map((entry) => ({ entry, afterAsOf: entry.date > asOf }))
}
