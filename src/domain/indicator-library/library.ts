// 指标库: every indicator the database has seen, grouped by name and level, with how it was targeted
// and achieved each year, so that next year's sheet can reuse a tried indicator (or a peer's).
import { comparableName } from '../target-review/names'
import type { Indicator, SheetKind } from '../types'

/** One indicator of one stored sheet, with its actual value at year end (null: nothing logged, or 定性). */
export interface LibrarySource {
  indicator: Indicator
  year: number
  sheetId: string
  sheetName: string
  sheetKind: SheetKind
  unitId: string
  unitName: string
  /** As the rollover writes 上年完成值: "4次", "98%"; null when there is none. */
  actual: string | null
}

export interface LibraryYear {
  year: number
  unitName: string
  sheetName: string
  indicatorId: string
  /** The 指标值 as published. */
  target: string
  actual: string | null
  weight: number
}

export interface LibraryEntry {
  /** Name and levels, compared without the unit in brackets, spaces and punctuation. */
  key: string
  name: string
  level1: string
  level2: string
  /** Newest year first. */
  years: LibraryYear[]
  /** The newest occurrence: what an insert copies. */
  latest: LibrarySource
}

export function buildLibrary(sources: readonly LibrarySource[]): LibraryEntry[] {
  const groups = new Map<string, LibrarySource[]>()
  for (const s of sources) {
    const i = s.indicator
    if (i.name.trim() === '') continue
    const key = [comparableName(i.name), i.level1.trim(), i.level2.trim()].join('\u0000')
    groups.set(key, [...(groups.get(key) ?? []), s])
  }
  return [...groups]
    .map(([key, list]) => {
      const sorted = [...list].sort((a, b) => b.year - a.year || a.unitName.localeCompare(b.unitName, 'zh'))
      const latest = sorted[0]!
      return {
        key,
        name: latest.indicator.name,
        level1: latest.indicator.level1,
        level2: latest.indicator.level2,
        latest,
        years: sorted.map((s) => ({
          year: s.year,
          unitName: s.unitName,
          sheetName: s.sheetName,
          indicatorId: s.indicator.id,
          target: s.indicator.targetText,
          actual: s.actual,
          weight: s.indicator.weight,
        })),
      }
    })
    .sort((a, b) => a.level1.localeCompare(b.level1, 'zh') || a.name.localeCompare(b.name, 'zh'))
}

export interface LibraryQuery {
  /** Words separated by spaces; every one must occur in the name, a level, or a unit's name. */
  words?: string
  level1?: string
  level2?: string
}

export function searchLibrary(entries: readonly LibraryEntry[], q: LibraryQuery): LibraryEntry[] {
  const words = (q.words ?? '').normalize('NFKC').split(/\s+/).filter(Boolean)
  return entries.filter((e) => {
    if (q.level1 && !e.level1.includes(q.level1)) return false
    if (q.level2 && !e.level2.includes(q.level2)) return false
    const hay = [e.name, e.level1, e.level2, ...e.years.map((y) => y.unitName)].join(' ').normalize('NFKC')
    return words.every((w) => hay.includes(w))
  })
}

/**
 * A copy of the entry's newest indicator for a sheet of `year`, under `id`: 上年完成值 is the
 * achievement of `year − 1` when the library holds one (the same unit's first), else the copy's own.
 */
export function indicatorFromLibrary(entry: LibraryEntry, year: number, id: string): Indicator {
  // The copy's own 上年完成值 belongs to the year before its own; it is replaced or dropped.
  const rest = structuredClone(entry.latest.indicator)
  delete rest.lastYear
  const before = entry.years.filter((y) => y.year === year - 1 && y.actual !== null)
  const own = before.find((y) => y.unitName === entry.latest.unitName) ?? before[0]
  const lastYear = own?.actual ?? undefined
  return { ...rest, id, ...(lastYear !== undefined && { lastYear }) }
}
