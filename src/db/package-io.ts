// Import and export of the exchange package (shared/INTERCHANGE.md, normalised LedgerPackage).
// An import is all or nothing: one transaction, and any refused row rolls everything back.
import {
  ASSESSMENT_LISTS,
  assessmentKey,
  canonical,
  conflictId,
  differingFields,
  emptyCounts,
  planMerge,
  type MergeCounts,
  type MergePlan,
  type MergeRecord,
  type MergeTable,
  type Resolution,
  type StoredContent,
} from '@/domain/exchange/merge-plan'
import type { LedgerPackage, Sheet } from '@/domain/types'
import { assessmentRowFrom } from './assessments'
import type { LedgerDb } from './database'
import { ConflictError, LockedError, RecordNotFoundError, type ConflictItem } from './errors'
import { authorize } from './permissions'
import { progressRowFrom } from './progress'
import { indicatorRowFrom } from './indicators'
import type { Actor, AssessmentKind, AuditAction, IndicatorRow, SheetRow, UnitRow } from './rows'
import { byDateThenId, liveIndicatorsBySheet, readSheetContents } from './sheet-contents'
import { sheetRowsFrom } from './sheets'
import { spendingRowFrom } from './spending'
import { unitRowFrom, unitSubtree } from './units'
import { insertRow, insertRows, live, patchRow, writeTx } from './write'

export type PackageCounts = MergeCounts

export interface ImportResult {
  added: PackageCounts
  /** Rows already present with the same id and the same content. */
  skipped: PackageCounts
  /** Conflicts settled "take theirs": the stored row now holds the incoming content. */
  replaced: PackageCounts
  /** Conflicts settled "keep mine": the stored row was left as it was. */
  kept: PackageCounts
}

export interface ImportOptions {
  /** How each conflict is settled, by conflictId ("table/key"); a conflict without one refuses the import. */
  resolutions?: Readonly<Record<string, Resolution>>
  /**
   * A rehearsal (previewImport, rolled back anyway): progress and spending rows are built and
   * checked (permission, lock, validation) but not written, since nothing later in an import reads
   * them. Halves the preview of a provincial file.
   */
  rehearsal?: boolean
}

const META_KEYS = ['createdAt', 'updatedAt', 'updatedBy', 'deletedAt'] as const

/** Fields the database derives for each table; they are not part of the compared content. */
const DERIVED: Record<MergeTable, readonly string[]> = {
  units: ['unitId'],
  sheets: [],
  indicators: ['unitId'],
  progress: ['sheetId', 'unitId'],
  spending: ['unitId'],
  assessments: ['id', 'kind', 'sheetId', 'unitId'],
}

type AssessmentRecord = LedgerPackage[(typeof ASSESSMENT_LISTS)[number][0]][number]

/**
 * New ids are added; a row whose id exists with the same content is skipped; one whose id
 * exists with different content (or deleted here) is a conflict: it is settled by
 * `options.resolutions`, and any conflict left unsettled is a ConflictError with nothing written.
 */
export async function importPackage(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return writeTx(db, () => importInTx(db, pkg, actor, 'import', options))
}

/** What importing `pkg` would add, skip and find in conflict, without writing anything. */
export async function planImport(db: LedgerDb, pkg: LedgerPackage): Promise<MergePlan> {
  return db.transaction('r', db.tables, async () => planMerge(pkg, await storedLookup(db, pkg)))
}

/** Reads every stored row the package names, then answers synchronously (see the pitfall below). */
async function storedLookup(
  db: LedgerDb,
  pkg: LedgerPackage,
): Promise<(table: MergeTable, key: string) => StoredContent | undefined> {
  const found = new Map<string, { row: RowLike; table: MergeTable }>()
  const put = (table: MergeTable, key: string, row: object | undefined) => {
    if (row) found.set(`${table}/${key}`, { row: row as RowLike, table })
  }
  const byId = async (table: Exclude<MergeTable, 'assessments'>, ids: string[]) => {
    const rows = (await db.table(table).bulkGet(ids)) as (RowLike | undefined)[]
    ids.forEach((id, i) => put(table, id, rows[i]))
  }
  await byId(
    'units',
    pkg.units.map((u) => u.id),
  )
  await byId(
    'sheets',
    pkg.sheets.map((s) => s.id),
  )
  await byId(
    'indicators',
    pkg.sheets.flatMap((s) => s.indicators.map((i) => i.id)),
  )
  await byId(
    'progress',
    pkg.progress.map((e) => e.id),
  )
  await byId(
    'spending',
    pkg.spending.map((e) => e.id),
  )
  const indicatorIds = [...new Set(ASSESSMENT_LISTS.flatMap(([list]) => pkg[list].map((r) => r.indicatorId)))]
  // Only live assessments count: a cleared judgement may be given again.
  const assessments = await db.assessments.where('indicatorId').anyOf(indicatorIds).toArray()
  for (const r of assessments.filter(live)) put('assessments', assessmentKey(r.kind, r.indicatorId), r)
  return (table, key) => {
    const hit = found.get(`${table}/${key}`)
    if (!hit) return undefined
    return { content: strip(hit.row, DERIVED[table]), deleted: !!hit.row.deletedAt }
  }
}

type RowLike = { deletedAt: string | null } & Record<string, unknown>

/** The import itself; the caller provides the write transaction. */
export async function importInTx(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  action: Extract<AuditAction, 'import' | 'seed'>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const who = await authorize(db, actor, 'package.import')
  const resolutions = options.resolutions ?? {}
  const result: ImportResult = {
    added: emptyCounts(),
    skipped: emptyCounts(),
    replaced: emptyCounts(),
    kept: emptyCounts(),
  }

  // Plan: compare everything first, so an unsettled conflict anywhere writes nothing at all.
  const plan = planMerge(pkg, await storedLookup(db, pkg))
  const unsettled: ConflictItem[] = plan.conflicts
    .filter((c) => !resolutions[conflictId(c)])
    .map((c) => ({ table: c.table, id: c.key, reason: c.reason }))
  if (unsettled.length > 0) throw new ConflictError(unsettled)

  const lockedHere = new Set<string>()
  for (const s of pkg.sheets) {
    const stored = await db.sheets.get(s.id)
    if (stored?.status === 'locked' && !stored.deletedAt) lockedHere.add(s.id)
  }
  const sheetUnit = new Map(pkg.sheets.map((s) => [s.id, s.unitId]))

  // Write: each row is validated as it is built; a refusal aborts the whole transaction. New rows
  // go in bulk per table (a provincial file holds 200,000 entries: one request per row took minutes).
  const indicators = new IndicatorCache()
  let pending = null as { table: MergeTable; rows: BuiltRow[] } | null
  let bulkTable: MergeTable | null = null
  // insertRows is awaited right here, not through a local helper: each extra level of native
  // async functions between the transaction and Dexie's request lost its zone in testing.
  for (const { record, outcome } of plan.records) {
    if (outcome === 'skip') {
      result.skipped[record.list]++
      continue
    }
    const settled = outcome === 'conflict' ? resolutions[conflictId(record)] : undefined
    if (settled === 'mine') {
      result.kept[record.list]++
      continue
    }
    const bulk =
      outcome === 'add' &&
      (record.table === 'progress' ||
        (record.table === 'spending' && sheetUnit.has(pkg.spending[record.source.index].sheetId)))
    if (bulk) {
      if (bulkTable !== record.table) {
        bulkTable = record.table
        if (pending) await insertRows(db, who, pending.table, pending.rows as never[], { action })
        pending = null
        // Indicators written earlier in this import are read back here, in one request.
        const missing =
          record.table === 'progress' ? indicators.missing(pkg.progress.map((e) => e.indicatorId)) : []
        if (missing.length) indicators.add(missing, await db.indicators.where('id').anyOf(missing).toArray())
      }
      const row = buildEntryRow(pkg, record, sheetUnit, lockedHere, indicators)
      if (!options.rehearsal) {
        pending ??= { table: record.table, rows: [] }
        pending.rows.push(row)
      }
      result.added[record.list]++
      continue
    }
    if (pending) await insertRows(db, who, pending.table, pending.rows as never[], { action })
    pending = null
    bulkTable = null
    const { row: built, stored } = await buildRow(db, pkg, record, sheetUnit, lockedHere)
    if (settled === 'theirs') {
      if (!stored) throw new RecordNotFoundError(record.table, record.key)
      await patchRow(db, who, record.table, built.id, replacement(built, stored), {
        action: 'import',
        allowProtected: true,
      })
      result.replaced[record.list]++
    } else {
      await insertRow(db, who, record.table, built as never, { action })
      result.added[record.list]++
    }
  }
  if (pending) await insertRows(db, who, pending.table, pending.rows as never[], { action })
  return result
}

/** Live indicator rows by id, read in bulk before the entries that need them are built. */
class IndicatorCache {
  private rows = new Map<string, IndicatorRow | undefined>()

  missing(ids: readonly string[]): string[] {
    return [...new Set(ids)].filter((id) => !this.rows.has(id))
  }

  /** Rows read by the caller: a Dexie request awaited right in the transaction keeps its zone. */
  add(ids: readonly string[], found: readonly IndicatorRow[]): void {
    for (const id of ids) this.rows.set(id, undefined)
    for (const row of found) this.rows.set(row.id, row)
  }

  get(id: string): IndicatorRow {
    const ind = this.rows.get(id)
    if (!ind || ind.deletedAt) throw new RecordNotFoundError('indicators', id)
    return ind
  }
}

/** A new progress or spending row, built synchronously from what was read in bulk. */
function buildEntryRow(
  pkg: LedgerPackage,
  record: MergeRecord,
  sheetUnit: ReadonlyMap<string, string>,
  lockedHere: ReadonlySet<string>,
  indicators: IndicatorCache,
): BuiltRow {
  if (record.table === 'progress') {
    const e = pkg.progress[record.source.index]
    const ind = indicators.get(e.indicatorId)
    if (lockedHere.has(ind.sheetId)) throw new LockedError(ind.sheetId)
    return progressRowFrom(e, ind.sheetId, ind.unitId) as unknown as BuiltRow
  }
  const e = pkg.spending[record.source.index]
  // Only rows of sheets in the file come here; the others go the per-row way (it reads the sheet).
  const unitId = sheetUnit.get(e.sheetId)!
  if (lockedHere.has(e.sheetId)) throw new LockedError(e.sheetId)
  return spendingRowFrom(e, unitId) as unknown as BuiltRow
}

/** The row as it is to be stored (validated by the table's builder), refusing rows of locked sheets. */
type BuiltRow = Record<string, unknown> & { id: string }

/**
 * The row as it is to be stored (validated by the table's builder) and the row stored under its key,
 * refusing rows of locked sheets. Every path ends on a direct database read: after an awaited helper,
 * a return without one can drop Dexie's transaction zone (docs/database.md).
 */
async function buildRow(
  db: LedgerDb,
  pkg: LedgerPackage,
  record: MergeRecord,
  sheetUnit: ReadonlyMap<string, string>,
  lockedHere: ReadonlySet<string>,
): Promise<{ row: BuiltRow; stored: RowLike | undefined }> {
  const { index, sheet: sheetIndex } = record.source
  const table = db.table<RowLike, string>(record.table)
  switch (record.table) {
    case 'units':
      return { row: unitRowFrom(pkg.units[index]), stored: await table.get(record.key) }
    case 'sheets': {
      const s = pkg.sheets[index]
      await requireUnit(db, s.unitId, pkg)
      if (lockedHere.has(s.id)) throw new LockedError(s.id, s.name)
      return { row: sheetRowsFrom({ ...s, indicators: [] }).sheet, stored: await table.get(record.key) }
    }
    case 'indicators': {
      const s = pkg.sheets[sheetIndex!]
      if (lockedHere.has(s.id)) throw new LockedError(s.id, s.name)
      return {
        row: indicatorRowFrom(s.indicators[index], s.id, s.unitId, index),
        stored: await table.get(record.key),
      }
    }
    case 'progress': {
      const e = pkg.progress[index]
      const ind = await liveIndicatorRow(db, e.indicatorId)
      if (lockedHere.has(ind.sheetId)) throw new LockedError(ind.sheetId)
      return { row: progressRowFrom(e, ind.sheetId, ind.unitId), stored: await table.get(record.key) }
    }
    case 'spending': {
      const e = pkg.spending[index]
      const unitId = sheetUnit.get(e.sheetId) ?? (await db.sheets.get(e.sheetId))?.unitId
      if (!unitId) throw new RecordNotFoundError('sheets', e.sheetId)
      if (lockedHere.has(e.sheetId)) throw new LockedError(e.sheetId)
      return { row: spendingRowFrom(e, unitId), stored: await table.get(record.key) }
    }
    case 'assessments': {
      const kind = ASSESSMENT_LISTS.find(([list]) => list === record.list)![1]
      const rec = pkg[record.list as (typeof ASSESSMENT_LISTS)[number][0]][index] as AssessmentRecord
      const ind = await liveIndicatorRow(db, rec.indicatorId)
      if (lockedHere.has(ind.sheetId)) throw new LockedError(ind.sheetId)
      const sameKind = await db.assessments
        .where('[indicatorId+kind]')
        .equals([rec.indicatorId, kind])
        .toArray()
      const stored = sameKind.find(live)
      const row = assessmentRowFrom(kind, rec, ind, stored?.id)
      return { row: row as unknown as BuiltRow, stored: stored as RowLike | undefined }
    }
  }
}

/** "Take theirs": the partial update to the incoming content, undeleting the row if it was deleted here. */
function replacement(built: BuiltRow, stored: RowLike): Record<string, unknown> {
  const changes: Record<string, unknown> = {}
  for (const k of differingFields(strip(stored, []), strip(built, []))) changes[k] = built[k]
  if (stored.deletedAt) changes.deletedAt = null
  return changes
}

async function requireUnit(db: LedgerDb, unitId: string, pkg: LedgerPackage): Promise<void> {
  const row = await db.units.get(unitId)
  if (pkg.units.some((u) => u.id === unitId)) return
  if (!row || row.deletedAt) throw new RecordNotFoundError('units', unitId)
}

async function liveIndicatorRow(db: LedgerDb, id: string): Promise<IndicatorRow> {
  const ind = await db.indicators.get(id)
  if (!ind || ind.deletedAt) throw new RecordNotFoundError('indicators', id)
  return ind
}

export interface ExportQuery {
  /** Only this unit's sheets; its ancestors are listed (without data) so parentId references resolve. */
  unitId?: string
  /** With unitId: also the sheets of every unit below it in the union hierarchy. */
  includeSubunits?: boolean
  year?: number
}

/**
 * The normalised package of the live rows: what the UI, the engine and the exchange writer consume.
 * One unit's package reads only that unit's sheets (through [unitId+year]), their rows per sheet
 * and the unit's ancestors; the overview follows it live, so every row read here is a row it pays for.
 */
export async function exportPackage(db: LedgerDb, q: ExportQuery = {}): Promise<LedgerPackage> {
  const tables = [db.units, db.sheets, db.indicators, db.progress, db.spending, db.assessments]
  return db.transaction('r', tables, async () => {
    const { unitIds, listed } = await exportedUnits(db, q)
    const sheetRows = (await exportedSheetRows(db, q))
      .filter((s) => live(s) && unitIds.has(s.unitId) && (q.year === undefined || s.year === q.year))
      .sort((a, b) =>
        a.unitId === b.unitId
          ? a.year - b.year || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'department' ? -1 : 1)
          : a.unitId < b.unitId
            ? -1
            : 1,
      )
    const contents = await readSheetContents(
      db,
      sheetRows.map((s) => s.id),
    )
    const indicatorsOf = liveIndicatorsBySheet(contents.indicators)
    const sheets: Sheet[] = sheetRows.map((s) => ({
      ...(strip(s, []) as Omit<Sheet, 'indicators'>),
      indicators: (indicatorsOf.get(s.id) ?? []).map(
        (i) => strip(i, ['sheetId', 'unitId', 'order']) as unknown as Sheet['indicators'][number],
      ),
    }))
    const liveIndicatorIds = new Set(sheets.flatMap((s) => s.indicators.map((i) => i.id)))
    const progress = contents.progress
      .filter((r) => live(r) && liveIndicatorIds.has(r.indicatorId))
      .sort(byDateThenId)
      .map((r) => strip(r, ['sheetId', 'unitId']) as unknown as LedgerPackage['progress'][number])
    const spending = contents.spending
      .filter(live)
      .sort(byDateThenId)
      .map((r) => strip(r, ['unitId']) as unknown as LedgerPackage['spending'][number])
    const assessments = contents.assessments
      .filter((r) => live(r) && liveIndicatorIds.has(r.indicatorId))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
    const ofKind = <K extends AssessmentKind>(kind: K) =>
      assessments.filter((r) => r.kind === kind).map((r) => strip(r, ['id', 'kind', 'sheetId', 'unitId']))
    return {
      format: 'perf-ledger',
      version: 1,
      exportedAt: new Date().toISOString(),
      units: listed.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
      sheets,
      progress,
      spending,
      judgements: ofKind('judgement') as unknown as LedgerPackage['judgements'],
      overrides: ofKind('override') as unknown as LedgerPackage['overrides'],
      notApplicable: ofKind('notApplicable') as unknown as LedgerPackage['notApplicable'],
      deviations: ofKind('deviation') as unknown as LedgerPackage['deviations'],
    }
  })
}

/**
 * The units whose sheets are exported, and the live units listed (in id order): all of them, or the
 * asked unit (its subtree with includeSubunits) and its ancestors, so parentId references resolve.
 */
async function exportedUnits(
  db: LedgerDb,
  q: ExportQuery,
): Promise<{ unitIds: Set<string>; listed: UnitRow[] }> {
  if (q.unitId === undefined || q.includeSubunits) {
    const allUnits = (await db.units.toArray()).filter(live)
    if (q.unitId === undefined) return { unitIds: new Set(allUnits.map((u) => u.id)), listed: allUnits }
    const unitIds = new Set(await unitSubtree(db, q.unitId))
    const ancestors = ancestorIds(q.unitId, new Map(allUnits.map((u) => [u.id, u])))
    return { unitIds, listed: allUnits.filter((u) => unitIds.has(u.id) || ancestors.has(u.id)) }
  }
  // One unit: walk up through its parents instead of reading the whole units table.
  const known = new Map<string, UnitRow>()
  for (let id: string | null = q.unitId; id !== null && !known.has(id);) {
    const row: UnitRow | undefined = await db.units.get(id)
    if (!row || !live(row)) break
    known.set(id, row)
    id = row.parentId
  }
  const ancestors = ancestorIds(q.unitId, known)
  const listed = [...known.values()]
    .filter((u) => u.id === q.unitId || ancestors.has(u.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  return { unitIds: new Set([q.unitId]), listed }
}

/** The ids above `unitId` among the live units given (a deleted parent ends the walk, listed or not). */
function ancestorIds(unitId: string, liveUnits: ReadonlyMap<string, UnitRow>): Set<string> {
  const ancestors = new Set<string>()
  for (let u = liveUnits.get(unitId); u?.parentId && !ancestors.has(u.parentId);) {
    ancestors.add(u.parentId)
    u = liveUnits.get(u.parentId)
  }
  return ancestors
}

/** The candidate sheet rows: one unit's through its index, otherwise the whole (small) sheets table. */
function exportedSheetRows(db: LedgerDb, q: ExportQuery): Promise<SheetRow[]> {
  if (q.unitId === undefined || q.includeSubunits) return db.sheets.toArray()
  const index = db.sheets.where('[unitId+year]')
  return q.year === undefined
    ? index.between([q.unitId, -Infinity], [q.unitId, Infinity]).toArray()
    : index.equals([q.unitId, q.year]).toArray()
}

function strip(row: object, derived: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) {
    if (!(META_KEYS as readonly string[]).includes(k) && !derived.includes(k) && v !== undefined) out[k] = v
  }
  return out
}

export { canonical }
