// Import and export of the exchange package (shared/INTERCHANGE.md, normalised LedgerPackage).
// An import is all or nothing: one transaction, and any refused row rolls everything back.
import type { LedgerPackage, Sheet } from '@/domain/types'
import { assessmentRowFrom } from './assessments'
import type { LedgerDb } from './database'
import { ConflictError, LockedError, RecordNotFoundError, type ConflictItem } from './errors'
import { authorize } from './permissions'
import { progressRowFrom } from './progress'
import { indicatorRowFrom } from './indicators'
import type {
  Actor,
  AssessmentKind,
  AssessmentRow,
  AuditAction,
  IndicatorRow,
  ProgressRow,
  SheetRow,
  SpendingRow,
  UnitRow,
} from './rows'
import { sheetRowsFrom } from './sheets'
import { spendingRowFrom } from './spending'
import { unitRowFrom, unitSubtree } from './units'
import { insertRow, live, writeTx } from './write'

export interface PackageCounts {
  units: number
  sheets: number
  indicators: number
  progress: number
  spending: number
  judgements: number
  overrides: number
  notApplicable: number
  deviations: number
}

export interface ImportResult {
  added: PackageCounts
  /** Rows already present with the same id and the same content. */
  skipped: PackageCounts
}

const emptyCounts = (): PackageCounts => ({
  units: 0,
  sheets: 0,
  indicators: 0,
  progress: 0,
  spending: 0,
  judgements: 0,
  overrides: 0,
  notApplicable: 0,
  deviations: 0,
})

const META_KEYS = ['createdAt', 'updatedAt', 'updatedBy', 'deletedAt'] as const

const ASSESSMENT_LISTS = [
  ['judgements', 'judgement'],
  ['overrides', 'override'],
  ['notApplicable', 'notApplicable'],
  ['deviations', 'deviation'],
] as const satisfies readonly (readonly [keyof PackageCounts & keyof LedgerPackage, AssessmentKind])[]

type AssessmentList = (typeof ASSESSMENT_LISTS)[number][0]
type AssessmentRecord = LedgerPackage[AssessmentList][number]

/**
 * New ids are added; a row whose id exists with the same content is skipped; one whose id
 * exists with different content (or deleted here) is a conflict: ConflictError, nothing written.
 */
export async function importPackage(db: LedgerDb, pkg: LedgerPackage, actor: Actor): Promise<ImportResult> {
  return writeTx(db, () => importInTx(db, pkg, actor, 'import'))
}

/** The import itself; the caller provides the write transaction. */
export async function importInTx(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  action: Extract<AuditAction, 'import' | 'seed'>,
): Promise<ImportResult> {
  const who = await authorize(db, actor, 'package.import')
  const added = emptyCounts()
  const skipped = emptyCounts()
  const conflicts: ConflictItem[] = []

  // Synchronous on purpose: inside a Dexie transaction, awaiting an async function that does
  // no database work can drop the transaction zone (see docs/database.md).
  /** Returns true when the row must be written. */
  function isNew(
    table: string,
    id: string,
    incoming: object,
    stored: { deletedAt: string | null } | undefined,
    derived: readonly string[],
  ): boolean {
    if (!stored) return true
    if (stored.deletedAt) conflicts.push({ table, id, reason: 'deleted-locally' })
    else if (canonical(strip(stored, derived)) !== canonical(incoming))
      conflicts.push({ table, id, reason: 'different-content' })
    return false
  }

  // Plan: compare everything first, so a conflict anywhere writes nothing at all.
  const units = []
  for (const u of pkg.units) {
    if (isNew('units', u.id, { ...u, parentId: u.parentId ?? null }, await db.units.get(u.id), ['unitId']))
      units.push(u)
    else skipped.units++
  }
  const sheets: Sheet[] = []
  const indicators: { sheet: Sheet; index: number }[] = []
  const lockedHere = new Set<string>()
  for (const s of pkg.sheets) {
    const { indicators: inds, ...rest } = s
    const stored = await db.sheets.get(s.id)
    if (stored?.status === 'locked' && !stored.deletedAt) lockedHere.add(s.id)
    if (isNew('sheets', s.id, { ...rest, status: rest.status ?? 'draft' }, stored, [])) sheets.push(s)
    else skipped.sheets++
    for (const [index, ind] of inds.entries()) {
      if (
        isNew(
          'indicators',
          ind.id,
          { ...ind, sheetId: s.id, order: index },
          await db.indicators.get(ind.id),
          ['unitId'],
        )
      )
        indicators.push({ sheet: s, index })
      else skipped.indicators++
    }
  }
  const progress = []
  for (const e of pkg.progress) {
    if (isNew('progress', e.id, e, await db.progress.get(e.id), ['sheetId', 'unitId'])) progress.push(e)
    else skipped.progress++
  }
  const spending = []
  for (const e of pkg.spending) {
    if (isNew('spending', e.id, e, await db.spending.get(e.id), ['unitId'])) spending.push(e)
    else skipped.spending++
  }
  const assessments: { list: AssessmentList; kind: AssessmentKind; rec: AssessmentRecord }[] = []
  for (const [list, kind] of ASSESSMENT_LISTS) {
    for (const rec of pkg[list]) {
      const stored = (
        await db.assessments.where('[indicatorId+kind]').equals([rec.indicatorId, kind]).toArray()
      ).find(live)
      if (
        isNew('assessments', `${kind}:${rec.indicatorId}`, rec, stored, ['id', 'kind', 'sheetId', 'unitId'])
      )
        assessments.push({ list, kind, rec })
      else skipped[list]++
    }
  }
  if (conflicts.length > 0) throw new ConflictError(conflicts)

  // Write: each row is validated as it is written; a refusal aborts the whole transaction.
  for (const u of units) {
    await insertRow<UnitRow>(db, who, 'units', unitRowFrom(u), { action })
    added.units++
  }
  const sheetUnit = new Map(pkg.sheets.map((s) => [s.id, s.unitId]))
  for (const s of sheets) {
    await requireUnit(db, s.unitId, pkg)
    await insertRow<SheetRow>(db, who, 'sheets', sheetRowsFrom({ ...s, indicators: [] }).sheet, { action })
    added.sheets++
  }
  for (const { sheet, index } of indicators) {
    if (lockedHere.has(sheet.id)) throw new LockedError(sheet.id, sheet.name)
    await insertRow<IndicatorRow>(
      db,
      who,
      'indicators',
      indicatorRowFrom(sheet.indicators[index], sheet.id, sheet.unitId, index),
      { action },
    )
    added.indicators++
  }
  for (const e of progress) {
    const ind = await liveIndicatorRow(db, e.indicatorId)
    if (lockedHere.has(ind.sheetId)) throw new LockedError(ind.sheetId)
    await insertRow<ProgressRow>(db, who, 'progress', progressRowFrom(e, ind.sheetId, ind.unitId), { action })
    added.progress++
  }
  for (const e of spending) {
    const unitId = sheetUnit.get(e.sheetId) ?? (await db.sheets.get(e.sheetId))?.unitId
    if (!unitId) throw new RecordNotFoundError('sheets', e.sheetId)
    if (lockedHere.has(e.sheetId)) throw new LockedError(e.sheetId)
    await insertRow<SpendingRow>(db, who, 'spending', spendingRowFrom(e, unitId), { action })
    added.spending++
  }
  for (const { list, kind, rec } of assessments) {
    const ind = await liveIndicatorRow(db, rec.indicatorId)
    if (lockedHere.has(ind.sheetId)) throw new LockedError(ind.sheetId)
    await insertRow<AssessmentRow>(db, who, 'assessments', assessmentRowFrom(kind, rec, ind), { action })
    added[list]++
  }
  return { added, skipped }
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

/** The normalised package of the live rows: what the UI, the engine and the exchange writer consume. */
export async function exportPackage(db: LedgerDb, q: ExportQuery = {}): Promise<LedgerPackage> {
  return db.transaction('r', db.tables, async () => {
    const allUnits = (await db.units.toArray()).filter(live)
    let unitIds: Set<string>
    let listed: UnitRow[]
    if (q.unitId !== undefined) {
      unitIds = new Set(q.includeSubunits ? await unitSubtree(db, q.unitId) : [q.unitId])
      const ancestors = new Set<string>()
      for (let u = allUnits.find((x) => x.id === q.unitId); u?.parentId && !ancestors.has(u.parentId);) {
        const parentId: string = u.parentId
        ancestors.add(parentId)
        u = allUnits.find((x) => x.id === parentId)
      }
      listed = allUnits.filter((u) => unitIds.has(u.id) || ancestors.has(u.id))
    } else {
      unitIds = new Set(allUnits.map((u) => u.id))
      listed = allUnits
    }
    const sheetRows = (await db.sheets.toArray())
      .filter((s) => live(s) && unitIds.has(s.unitId) && (q.year === undefined || s.year === q.year))
      .sort((a, b) =>
        a.unitId === b.unitId
          ? a.year - b.year || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'department' ? -1 : 1)
          : a.unitId < b.unitId
            ? -1
            : 1,
      )
    const sheetIds = sheetRows.map((s) => s.id)
    const sheets: Sheet[] = []
    for (const s of sheetRows) {
      const inds = (
        await db.indicators.where('[sheetId+order]').between([s.id, -Infinity], [s.id, Infinity]).toArray()
      ).filter(live)
      sheets.push({
        ...(strip(s, []) as Omit<Sheet, 'indicators'>),
        indicators: inds.map(
          (i) => strip(i, ['sheetId', 'unitId', 'order']) as unknown as Sheet['indicators'][number],
        ),
      })
    }
    const liveIndicatorIds = new Set(sheets.flatMap((s) => s.indicators.map((i) => i.id)))
    const byDate = <T extends { date: string; id: string }>(a: T, b: T) =>
      a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1
    const progress = (await db.progress.where('sheetId').anyOf(sheetIds).toArray())
      .filter((r) => live(r) && liveIndicatorIds.has(r.indicatorId))
      .sort(byDate)
      .map((r) => strip(r, ['sheetId', 'unitId']) as unknown as LedgerPackage['progress'][number])
    const spending = (await db.spending.where('sheetId').anyOf(sheetIds).toArray())
      .filter(live)
      .sort(byDate)
      .map((r) => strip(r, ['unitId']) as unknown as LedgerPackage['spending'][number])
    const assessments = (await db.assessments.where('sheetId').anyOf(sheetIds).toArray())
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

function strip(row: object, derived: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) {
    if (!(META_KEYS as readonly string[]).includes(k) && !derived.includes(k) && v !== undefined) out[k] = v
  }
  return out
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
