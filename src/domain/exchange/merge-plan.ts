// What importing a package would do to the data already here, decided before anything is written:
// a row with a new id is added, the same id with the same content is skipped, the same id with
// different content (or a row deleted here) is a conflict the user settles: keep mine or take theirs.
import type { LedgerPackage } from '../types'

export type MergeList =
  | 'units'
  | 'sheets'
  | 'indicators'
  | 'progress'
  | 'spending'
  | 'judgements'
  | 'overrides'
  | 'notApplicable'
  | 'deviations'

export type MergeCounts = Record<MergeList, number>

/** The storage tables; the four assessment lists share one. */
export type MergeTable = 'units' | 'sheets' | 'indicators' | 'progress' | 'spending' | 'assessments'

export type AssessmentListKind = 'judgement' | 'override' | 'notApplicable' | 'deviation'

export const ASSESSMENT_LISTS = [
  ['judgements', 'judgement'],
  ['overrides', 'override'],
  ['notApplicable', 'notApplicable'],
  ['deviations', 'deviation'],
] as const satisfies readonly (readonly [MergeList, AssessmentListKind])[]

export const MERGE_LISTS: readonly MergeList[] = [
  'units',
  'sheets',
  'indicators',
  'progress',
  'spending',
  'judgements',
  'overrides',
  'notApplicable',
  'deviations',
]

export function emptyCounts(): MergeCounts {
  return Object.fromEntries(MERGE_LISTS.map((l) => [l, 0])) as MergeCounts
}

/** One incoming row, in the shape it is compared in (database-derived fields included). */
export interface MergeRecord {
  table: MergeTable
  /** The row id; for assessments `kind:indicatorId` (one live row per indicator and kind). */
  key: string
  list: MergeList
  content: Record<string, unknown>
  /** Where it sits in the package, for writing it. */
  source: { sheet?: number; index: number }
}

/** A stored row as the comparison sees it: database metadata and derived fields removed. */
export interface StoredContent {
  content: Record<string, unknown>
  deleted: boolean
}

export type ConflictReason = 'different-content' | 'deleted-locally'

export interface MergeConflict {
  table: MergeTable
  key: string
  list: MergeList
  reason: ConflictReason
  mine: Record<string, unknown>
  theirs: Record<string, unknown>
  /** Top-level fields whose values differ, sorted. */
  fields: string[]
}

/** What a person sees of a conflict (built by src/db/import-labels.ts): names, never raw ids. */
export interface ConflictLabel {
  /** The unit whose record it is. */
  unit: string
  /** The record: a unit's or sheet's name, an indicator's name, an entry's indicator with its date. */
  item: string
  /** The differing fields, each value as text (names for references). */
  fields: { field: string; mine: string | null; theirs: string | null }[]
}

export type Resolution = 'mine' | 'theirs'

export interface MergePlan {
  records: { record: MergeRecord; outcome: 'add' | 'skip' | 'conflict' | 'duplicate' }[]
  added: MergeCounts
  skipped: MergeCounts
  /** Entries under new ids that repeat one here (same unit, indicator or sheet, date, value, note). */
  duplicates: MergeCounts
  conflicts: MergeConflict[]
}

/** Marks the added records with these `table/key`s as duplicates: counted apart, skipped unless kept. */
export function markDuplicates(plan: MergePlan, keys: ReadonlySet<string>): MergePlan {
  if (keys.size === 0) return plan
  const added = { ...plan.added }
  const duplicates = { ...plan.duplicates }
  const records = plan.records.map((r) => {
    if (r.outcome !== 'add' || !keys.has(conflictId(r.record))) return r
    added[r.record.list]--
    duplicates[r.record.list]++
    return { ...r, outcome: 'duplicate' as const }
  })
  return { ...plan, records, added, duplicates }
}

/** The package's rows in write order (units, sheets, indicators, entries, assessments). */
export function mergeRecords(pkg: LedgerPackage): MergeRecord[] {
  const out: MergeRecord[] = []
  pkg.units.forEach((u, index) =>
    out.push({
      table: 'units',
      key: u.id,
      list: 'units',
      content: { ...u, parentId: u.parentId ?? null },
      source: { index },
    }),
  )
  pkg.sheets.forEach((s, sheet) => {
    const rest: Record<string, unknown> = { ...s }
    delete rest.indicators
    out.push({
      table: 'sheets',
      key: s.id,
      list: 'sheets',
      content: { ...rest, status: s.status ?? 'draft' },
      source: { index: sheet },
    })
  })
  pkg.sheets.forEach((s, sheet) =>
    s.indicators.forEach((ind, index) =>
      out.push({
        table: 'indicators',
        key: ind.id,
        list: 'indicators',
        content: { ...ind, sheetId: s.id, order: index },
        source: { sheet, index },
      }),
    ),
  )
  pkg.progress.forEach((e, index) =>
    out.push({ table: 'progress', key: e.id, list: 'progress', content: { ...e }, source: { index } }),
  )
  pkg.spending.forEach((e, index) =>
    out.push({ table: 'spending', key: e.id, list: 'spending', content: { ...e }, source: { index } }),
  )
  for (const [list, kind] of ASSESSMENT_LISTS) {
    pkg[list].forEach((rec, index) =>
      out.push({
        table: 'assessments',
        key: assessmentKey(kind, rec.indicatorId),
        list,
        content: { ...rec },
        source: { index },
      }),
    )
  }
  return out
}

export function assessmentKey(kind: AssessmentListKind, indicatorId: string): string {
  return `${kind}:${indicatorId}`
}

/** Compares every incoming row with what is stored under its key (`stored` returns undefined when nothing is). */
export function planMerge(
  pkg: LedgerPackage,
  stored: (table: MergeTable, key: string) => StoredContent | undefined,
): MergePlan {
  const added = emptyCounts()
  const skipped = emptyCounts()
  const conflicts: MergeConflict[] = []
  const records: MergePlan['records'] = []
  for (const record of mergeRecords(pkg)) {
    const here = stored(record.table, record.key)
    if (!here) {
      added[record.list]++
      records.push({ record, outcome: 'add' })
      continue
    }
    const fields = differingFields(here.content, record.content)
    if (!here.deleted && fields.length === 0) {
      skipped[record.list]++
      records.push({ record, outcome: 'skip' })
      continue
    }
    conflicts.push({
      table: record.table,
      key: record.key,
      list: record.list,
      reason: here.deleted ? 'deleted-locally' : 'different-content',
      mine: here.content,
      theirs: record.content,
      fields,
    })
    records.push({ record, outcome: 'conflict' })
  }
  return { records, added, skipped, duplicates: emptyCounts(), conflicts }
}

/** The identity of a conflict in a resolutions map. */
export function conflictId(c: { table: MergeTable; key: string }): string {
  return `${c.table}/${c.key}`
}

export function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys]
    .filter((k) => (a[k] === undefined ? b[k] !== undefined : canonical(a[k]) !== canonical(b[k])))
    .sort()
}

/** Key-order-independent JSON, undefined dropped: the content comparison of an import. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  )
}
