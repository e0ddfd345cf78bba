// The history list's filters. Pure, so that 10,000 entries can be filtered on every keystroke
// and the result tested without a browser.
import { newestFirst } from './entry-order'


export interface HistoryFilter {
  sheetId?: string
  indicatorId?: string
  /** Inclusive, YYYY-MM-DD */
  from?: string
  /** Inclusive, YYYY-MM-DD */
  to?: string
  by?: string
  evidence?: 'any' | 'with' | 'without'
}

export interface HistoryEntry {
  id: string
  indicatorId: string
  sheetId: string
  date: string
  by?: string
}

/** Matching entries, newest date first (then newest id), as a history is read. */
export function filterEntries<T extends HistoryEntry>(
  entries: readonly T[],
  filter: HistoryFilter,
  evidenceCount: (id: string) => number,
): T[] {
  const out = entries.filter(
    (e) =>
      (!filter.sheetId || e.sheetId === filter.sheetId) &&
      (!filter.indicatorId || e.indicatorId === filter.indicatorId) &&
      (!filter.from || e.date >= filter.from) &&
      (!filter.to || e.date <= filter.to) &&
      (!filter.by || e.by === filter.by) &&
      (filter.evidence !== 'with' || evidenceCount(e.id) > 0) &&
      (filter.evidence !== 'without' || evidenceCount(e.id) === 0),
  )
  return out.sort(newestFirst)
}

/** One page of a list; `page` is 1-based and clamped to the last page. */
export function pageOf<T>(list: readonly T[], page: number, size: number): T[] {
  const last = Math.max(1, Math.ceil(list.length / size))
  const p = Math.min(Math.max(1, page), last)
  return list.slice((p - 1) * size, p * size)
}
