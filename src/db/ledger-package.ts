// The normalised exchange package (LedgerPackage) of the live rows: what the engine, the exchange
// writer and the overview read. It runs inside the caller's transaction (exportPackage) or
// liveQuery (unitYearPackage): every row and round trip to IndexedDB here is one the overview's
// first render waits for.
import type { LedgerPackage, Sheet } from '@/domain/types'
import type { LedgerDb } from './database'
import { strip } from './row-content'
import type { AssessmentKind, SheetRow, UnitRow } from './rows'
import { byDateThenId } from '@/domain/entry/entry-order'
import { liveIndicatorsBySheet, readSheetContents } from './sheet-contents'
import { unitSubtree } from './units'
import { live } from './write'

export interface PackageQuery {
  /** Only this unit's sheets; its ancestors are listed (without data) so parentId references resolve. */
  unitId?: string
  /** With unitId: also the sheets of every unit below it in the union hierarchy. */
  includeSubunits?: boolean
  year?: number
}

/**
 * One unit's package reads only that unit's sheets (through [unitId+year]), their rows per sheet
 * and the unit's ancestors; the walk up the units and the sheets' reads run side by side. No
 * transaction of its own: the caller's transaction or liveQuery holds the reads together.
 */
export async function readLedgerPackage(db: LedgerDb, q: PackageQuery): Promise<LedgerPackage> {
  // Awaited here, not in a helper: one more async layer loses Dexie's transaction zone (docs/database.md).
  let listed: UnitRow[]
  let exported: Set<string>
  let read: Awaited<ReturnType<typeof readSheets>>
  if (q.unitId !== undefined && !q.includeSubunits) {
    // One unit's sheets do not depend on the walk up its parents: both reads start at once.
    ;[{ listed, unitIds: exported }, read] = await Promise.all([
      exportedUnits(db, q),
      readSheets(db, q, null),
    ])
  } else {
    const units = await exportedUnits(db, q)
    listed = units.listed
    exported = units.unitIds
    read = await readSheets(db, q, units.unitIds)
  }
  const { sheetRows, contents } = read
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
    // The parents above the exported units travel as references (docs/exchange-format.md): the
    // receiving side finds them by id or by a confirmed name, and never changes them from this file.
    units: listed.map((u) =>
      exported.has(u.id)
        ? { id: u.id, name: u.name, parentId: u.parentId }
        : { id: u.id, name: u.name, parentId: u.parentId, reference: true },
    ),
    sheets,
    progress,
    spending,
    judgements: ofKind('judgement') as unknown as LedgerPackage['judgements'],
    overrides: ofKind('override') as unknown as LedgerPackage['overrides'],
    notApplicable: ofKind('notApplicable') as unknown as LedgerPackage['notApplicable'],
    deviations: ofKind('deviation') as unknown as LedgerPackage['deviations'],
  }
}

/** The live sheets asked for (of the given units when not null), in export order, and their rows. */
function readSheets(db: LedgerDb, q: PackageQuery, unitIds: ReadonlySet<string> | null) {
  return exportedSheetRows(db, q).then((rows) => {
    const sheetRows = rows
      .filter(
        (s) =>
          live(s) &&
          (unitIds === null || unitIds.has(s.unitId)) &&
          (q.year === undefined || s.year === q.year),
      )
      .sort(sheetOrder)
    return readSheetContents(
      db,
      sheetRows.map((s) => s.id),
    ).then((contents) => ({ sheetRows, contents }))
  })
}

/** By unit, then year, the department sheet before the project sheets, then id. */
function sheetOrder(a: SheetRow, b: SheetRow): number {
  if (a.unitId !== b.unitId) return a.unitId < b.unitId ? -1 : 1
  if (a.year !== b.year) return a.year - b.year
  if (a.kind !== b.kind) return a.kind === 'department' ? -1 : 1
  return a.id < b.id ? -1 : 1
}

/**
 * The units whose sheets are exported, and the live units listed (in id order): all of them, or the
 * asked unit (its subtree with includeSubunits) and its ancestors, so parentId references resolve.
 */
async function exportedUnits(
  db: LedgerDb,
  q: PackageQuery,
): Promise<{ unitIds: Set<string>; listed: UnitRow[] }> {
  if (q.unitId === undefined || q.includeSubunits) {
    const allUnits = (await db.units.toArray()).filter(live)
    if (q.unitId === undefined) return { unitIds: new Set(allUnits.map((u) => u.id)), listed: allUnits }
    const unitIds = new Set(await unitSubtree(db, q.unitId))
    const ancestors = ancestorIds(q.unitId, new Map(allUnits.map((u) => [u.id, u])))
    return { unitIds, listed: allUnits.filter((u) => unitIds.has(u.id) || ancestors.has(u.id)) }
  }
  // One unit: walk up through its parents instead of reading the whole units table. A query rather
  // than get(): Dexie's liveQuery cache keeps query results, so a live re-read does not walk again.
  const known = new Map<string, UnitRow>()
  for (let id: string | null = q.unitId; id !== null && !known.has(id);) {
    const [row]: (UnitRow | undefined)[] = await db.units.where(':id').equals(id).toArray()
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
function exportedSheetRows(db: LedgerDb, q: PackageQuery): Promise<SheetRow[]> {
  if (q.unitId === undefined || q.includeSubunits) return db.sheets.toArray()
  const index = db.sheets.where('[unitId+year]')
  return q.year === undefined
    ? index.between([q.unitId, -Infinity], [q.unitId, Infinity]).toArray()
    : index.equals([q.unitId, q.year]).toArray()
}
