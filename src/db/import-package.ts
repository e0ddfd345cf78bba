// Import of an exchange package (docs/exchange-format.md, normalised LedgerPackage): all or nothing,
// in one transaction. One code path decides everything before a single row is written: it reads
// what the package names, plans the merge, and builds every row to write, checking permission,
// locks, references and each row's validity (`decide`). The import then writes those rows; the
// preview (`checkImport`) stops there, in a read-only transaction, so it finds exactly the refusals
// the import would meet without writing and rolling back.
import {
  ASSESSMENT_LISTS,
  assessmentKey,
  conflictId,
  differingFields,
  emptyCounts,
  markDuplicates,
  planMerge,
  type MergeCounts,
  type MergePlan,
  type MergeRecord,
  type MergeTable,
  type Resolution,
  type StoredContent,
} from '@/domain/exchange/merge-plan'
import type { HeldGroup, Scope, UnitAnswer, UnitQuestion } from '@/domain/exchange/import-scope'
import { resolveProfile } from '@/domain/scoring/profile'
import type { LedgerPackage } from '@/domain/types'
import { assessmentRowFrom } from './assessments'
import type { LedgerDb } from './database'
import { importReportTexts } from './report-texts'
import {
  ConflictError,
  LedgerError,
  LockedError,
  RecordNotFoundError,
  UnitQuestionError,
  type ConflictItem,
} from './errors'
import { verifyBundleFiles, writeBundleAttachments, type EvidenceOwner } from './exchange-bundle'
import { duplicateCheck, findDuplicates } from './import-duplicates'
import { appendImportHistory } from './import-history'
import { readScope } from './import-scope'
import { indicatorRowFrom } from './indicators'
import { authorize } from './permissions'
import { progressRowFrom } from './progress'
import { strip } from './row-content'
import type { Actor, AssessmentRow, AuditAction, IndicatorRow, SheetRow } from './rows'
import { sheetRowsFrom } from './sheets'
import { spendingRowFrom } from './spending'
import { storedRows, type RowLike } from './stored-rows'
import { unitRowFrom } from './units'
import { insertRows, insertRowsAuditedPerSheet, live, patchRow, writeTx } from './write'

export type PackageCounts = MergeCounts

export interface ImportResult {
  added: PackageCounts
  /** Rows already present with the same id and the same content. */
  skipped: PackageCounts
  /** Conflicts settled "take theirs": the stored row now holds the incoming content. */
  replaced: PackageCounts
  /** Conflicts settled "keep mine": the stored row was left as it was. */
  kept: PackageCounts
  /** Entries under new ids repeating one here: skipped, or added when the user kept them. */
  duplicates: PackageCounts
  duplicatesKept: boolean
  /** Rows left out because the file may not speak for their unit, per unit and reason. */
  held: HeldGroup[]
  /** Rows stored under a unit-qualified id because their id is another unit's here. */
  rekeyed: number
  /** Evidence files written with their entries, and those the entry already held (same sha256). */
  evidence: { added: number; skipped: number }
}

export interface ImportOptions {
  /** How each conflict is settled, by conflictId ("table/key"); a conflict without one refuses the import. */
  resolutions?: Readonly<Record<string, Resolution>>
  /** The unit in use here: its own rows and its parents' are never written by a file. */
  asUnit?: string | null
  /** The answer to each unit question, by the unit's id in the file; an unanswered one refuses the import. */
  unitAnswers?: Readonly<Record<string, UnitAnswer>>
  /** Add entries that repeat one here under a new id instead of skipping them. */
  keepDuplicates?: boolean
  /** Rows written so far of all the rows to write, called as the bulk writes land. */
  onProgress?: (done: number, total: number) => void
  /** A .zip bundle's evidence files by sha256; each is re-hashed before anything is written. */
  files?: ReadonlyMap<string, Uint8Array>
  /** Recorded in the 数据 page's import history with the result, in the import's transaction. */
  history?: { file: string; hints: { zh: string; en: string }[] }
}

/** Fields the database derives for each table; they are not part of the compared content. */
const DERIVED: Record<MergeTable, readonly string[]> = {
  units: ['unitId'],
  sheets: [],
  indicators: ['unitId'],
  progress: ['sheetId', 'unitId'],
  spending: ['unitId'],
  assessments: ['id', 'kind', 'sheetId', 'unitId'],
}

type BuiltRow = Record<string, unknown> & { id: string }
type AssessmentRecord = LedgerPackage[(typeof ASSESSMENT_LISTS)[number][0]][number]

/** What the import would do, decided in the transaction before any write. */
export interface ImportCheck {
  /** Planned on the rows the file may write, under the ids they get here. */
  plan: MergePlan
  held: HeldGroup[]
  questions: UnitQuestion[]
  rekeyed: number
  /** The rows as they will be stored (re-keyed, held rows left out), for labelling the preview. */
  pkg: LedgerPackage
}

/**
 * New ids are added; a row whose id exists with the same content is skipped; one whose id
 * exists with different content (or deleted here) is a conflict: it is settled by
 * `options.resolutions`, and any conflict left unsettled is a ConflictError with nothing written.
 * Before that, the file's rows are scoped (src/domain/exchange/import-scope.ts): re-keyed by unit,
 * rows of units the file may not speak for held back, and a unit question left unanswered refuses.
 */
export async function importPackage(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Hashed before the transaction opens: WebCrypto inside it would end it.
  const evidence = options.files && (await verifyBundleFiles(pkg, options.files))
  return writeTx(db, () => importInTx(db, pkg, actor, 'import', { ...options, evidence }))
}

/**
 * Scope, plan and duplicates of an import, in the caller's transaction. Each step is awaited here,
 * not in a helper of helpers: Dexie keeps its transaction zone through one level of async helpers
 * that end on a database read, and loses it through two.
 */
function planSteps(db: LedgerDb, options: ImportOptions) {
  return {
    scope: (pkg: LedgerPackage) =>
      readScope(db, pkg, { asUnit: options.asUnit ?? null, answers: options.unitAnswers }),
    check: (scope: Scope, stored: Stored) => {
      const planned = planMerge(scope.pkg, stored.content)
      const sheetOf = new Map(scope.pkg.sheets.flatMap((s) => s.indicators.map((i) => [i.id, s.id] as const)))
      const check = duplicateCheck(
        planned,
        (id) => sheetOf.get(id) ?? stored.indicators.get(id)?.sheetId,
        new Set(stored.sheets.keys()),
      )
      return { planned, check }
    },
  }
}

/**
 * The plan, and why the import would be refused with every conflict kept as it is here (null when
 * it would pass): the import's own checks, in a read-only transaction, with nothing written.
 */
export async function checkImport(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  options: Pick<ImportOptions, 'asUnit' | 'unitAnswers'> = {},
): Promise<ImportCheck & { problem: LedgerError | null }> {
  return db.transaction('r', db.tables, async () => {
    const steps = planSteps(db, options)
    const scope = await steps.scope(pkg)
    const stored = await readStored(db, scope.pkg)
    const { planned, check: toCompare } = steps.check(scope, stored)
    // Only awaited when there is something to read (an awaited helper without a request ends the transaction).
    const plan = toCompare ? markDuplicates(planned, await findDuplicates(db, toCompare)) : planned
    const check = {
      plan,
      held: scope.held,
      questions: scope.questions,
      rekeyed: scope.rekeyed,
      pkg: scope.pkg,
    }
    try {
      await authorize(db, actor, 'package.import')
      decide(scope.pkg, plan, stored, () => 'mine', false)
      return { ...check, problem: null }
    } catch (e) {
      if (e instanceof LedgerError) return { ...check, problem: e }
      throw e
    }
  })
}

/** The import itself; the caller provides the write transaction. */
export async function importInTx(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  action: Extract<AuditAction, 'import' | 'seed'>,
  options: ImportOptions & { evidence?: ReadonlyMap<string, Blob> } = {},
): Promise<ImportResult> {
  const start = performance.now()
  const who = await authorize(db, actor, 'package.import')
  const resolutions = options.resolutions ?? {}
  const steps = planSteps(db, options)
  const scope = await steps.scope(pkg)
  const stored = await readStored(db, scope.pkg)
  const { planned, check: toCompare } = steps.check(scope, stored)
  const plan = toCompare ? markDuplicates(planned, await findDuplicates(db, toCompare)) : planned
  const unanswered = scope.questions.filter((q) => !options.unitAnswers?.[q.unitId])
  if (unanswered.length > 0) throw new UnitQuestionError(unanswered.map((q) => q.name))
  // Every conflict is settled before anything is written, so an unsettled one anywhere writes nothing.
  const unsettled: ConflictItem[] = plan.conflicts
    .filter((c) => !resolutions[conflictId(c)])
    .map((c) => ({ table: c.table, id: c.key, reason: c.reason }))
  if (unsettled.length > 0) throw new ConflictError(unsettled)
  const keep = options.keepDuplicates === true
  const { result, adds, replacements } = decide(
    scope.pkg,
    plan,
    stored,
    (c) => resolutions[conflictId(c)],
    keep,
  )
  result.held = scope.held
  result.rekeyed = scope.rekeyed
  const decided = performance.now()
  performance.measure('import:decide', { start })

  if (options.evidence && options.evidence.size > 0) {
    const owners = evidenceOwners(adds, stored)
    result.evidence = await writeBundleAttachments(db, who, scope.pkg, options.evidence, owners)
  }

  const total = Object.values(adds).reduce((n, rows) => n + rows.length, 0) + replacements.length
  let done = 0
  const progress = (n: number) => options.onProgress?.((done += n), total)
  // The target rows keep one audit entry each (the sheet history lists them); the entries, hundreds
  // of thousands in a provincial file, get one per sheet and table (docs/database.md, "Import").
  // Only awaited when there is something to write: awaiting a helper that returns without a
  // database request loses Dexie's transaction zone (docs/database.md).
  for (const table of ['units', 'sheets', 'indicators', 'assessments'] as const) {
    if (adds[table].length === 0) continue
    await insertRows(db, who, table, adds[table] as never[], { action })
    progress(adds[table].length)
  }
  for (const table of ['progress', 'spending'] as const) {
    if (adds[table].length === 0) continue
    await insertRowsAuditedPerSheet(db, who, table, adds[table] as never[], { action, onRows: progress })
  }
  for (const r of replacements) {
    await patchRow(db, who, r.table, r.id, r.changes, { action: 'import', allowProtected: true })
    progress(1)
  }
  if (pkg.reportTexts && pkg.reportTexts.length > 0) await importReportTexts(db, who, pkg.reportTexts, action)
  if (options.history) {
    const { evidence: _evidence, ...counts } = result
    void _evidence
    await appendImportHistory(db, who, { ...counts, ...options.history })
  }
  performance.measure('import:rows', { start: decided })
  return result
}

/** Each entry's unit and sheet once the import is done: added here, or stored and live. */
function evidenceOwners(adds: Decision['adds'], stored: Stored): Map<string, EvidenceOwner> {
  const owners = new Map<string, EvidenceOwner>()
  const owner = (kind: EvidenceOwner['kind'], row: Record<string, unknown>): EvidenceOwner => {
    const sheetId = row.sheetId as string
    const sheet = stored.sheets.get(sheetId)
    const lockedSheet = sheet && live(sheet) && sheet.status === 'locked' ? sheet.name : null
    return { kind, unitId: row.unitId as string, sheetId, lockedSheet }
  }
  for (const kind of ['progress', 'spending'] as const) {
    for (const [key, row] of stored.rows) {
      if (key.startsWith(`${kind}/`) && !row.deletedAt) owners.set(row.id, owner(kind, row))
    }
    for (const row of adds[kind]) owners.set(row.id, owner(kind, row))
  }
  return owners
}

/** Stored rows the package names, read in a few requests: the rest of the import is synchronous. */
interface Stored {
  /** The comparison's view of a stored row, for planMerge. */
  content: (table: MergeTable, key: string) => StoredContent | undefined
  /** Stored rows by `table/key` (assessments: the live row of that kind for that indicator). */
  rows: Map<string, RowLike>
  /** Stored sheets the package's rows go into, deleted ones included. */
  sheets: Map<string, SheetRow>
  /** Stored indicators the entries and assessments refer to that the package does not carry. */
  indicators: Map<string, IndicatorRow>
  /** Live stored units the package's sheets belong to that it does not list. */
  units: Set<string>
}

/**
 * Every stored row an import of `pkg` needs. Ends on a database read, like every helper awaited
 * inside a transaction (docs/database.md, "Dexie transaction pitfall").
 */
async function readStored(db: LedgerDb, pkg: LedgerPackage): Promise<Stored> {
  const rows = new Map<string, RowLike>()
  const put = (table: MergeTable, list: readonly (object | undefined)[]) => {
    for (const r of list) if (r) rows.set(`${table}/${(r as RowLike).id}`, r as RowLike)
  }
  const inFile = {
    units: pkg.units.map((u) => u.id),
    sheets: pkg.sheets.map((s) => s.id),
    indicators: pkg.sheets.flatMap((s) => s.indicators.map((i) => i.id)),
    progress: pkg.progress.map((e) => e.id),
    spending: pkg.spending.map((e) => e.id),
  }
  put('units', await storedRows(db, 'units', inFile.units))
  put('sheets', await storedRows(db, 'sheets', inFile.sheets))
  put('indicators', await storedRows(db, 'indicators', inFile.indicators))
  put('progress', await storedRows(db, 'progress', inFile.progress))
  put('spending', await storedRows(db, 'spending', inFile.spending))

  const carried = new Set(inFile.indicators)
  const assessed = ASSESSMENT_LISTS.flatMap(([list]) => pkg[list].map((r) => r.indicatorId))
  const referred = [...new Set([...pkg.progress.map((e) => e.indicatorId), ...assessed])].filter(
    (id) => !carried.has(id),
  )
  const indicators = new Map<string, IndicatorRow>()
  for (const r of await storedRows(db, 'indicators', referred))
    indicators.set(r.id, r as unknown as IndicatorRow)

  const sheets = new Map<string, SheetRow>()
  for (const id of inFile.sheets) {
    const r = rows.get(`sheets/${id}`)
    if (r) sheets.set(id, r as unknown as SheetRow)
  }
  const sheetsInFile = new Set(inFile.sheets)
  const otherSheets = [
    ...new Set([...[...indicators.values()].map((i) => i.sheetId), ...pkg.spending.map((e) => e.sheetId)]),
  ].filter((id) => !sheetsInFile.has(id))
  for (const r of await storedRows(db, 'sheets', otherSheets)) sheets.set(r.id, r as unknown as SheetRow)

  const listed = new Set(inFile.units)
  const otherUnits = [...new Set(pkg.sheets.map((s) => s.unitId))].filter((id) => !listed.has(id))
  const units = new Set((await storedRows(db, 'units', otherUnits)).filter(live).map((u) => u.id))

  // Only live assessments count: a cleared judgement may be given again.
  const assessments = await db.assessments
    .where('indicatorId')
    .anyOf([...new Set(assessed)])
    .toArray()
  for (const r of assessments.filter(live)) {
    rows.set(`assessments/${assessmentKey(r.kind, r.indicatorId)}`, r as unknown as RowLike)
  }
  return {
    rows,
    sheets,
    indicators,
    units,
    content: (table, key) => {
      const hit = rows.get(`${table}/${key}`)
      return hit && { content: strip(hit, DERIVED[table]), deleted: !!hit.deletedAt }
    },
  }
}

interface Decision {
  result: ImportResult
  /** New rows per table, validated, in the order they are written. */
  adds: Record<MergeTable, BuiltRow[]>
  /** "Take theirs": the partial update of each stored row. */
  replacements: { table: MergeTable; id: string; changes: Record<string, unknown> }[]
}

/**
 * Builds every row the import writes, in the plan's order (units, sheets, indicators, entries,
 * assessments), and throws the first refusal: a locked sheet, a missing reference, an invalid row.
 * `settle` gives each conflict's resolution (the caller has refused unsettled ones).
 */
function decide(
  pkg: LedgerPackage,
  plan: MergePlan,
  stored: Stored,
  settle: (c: MergeRecord) => Resolution | undefined,
  keepDuplicates: boolean,
): Decision {
  const result: ImportResult = {
    added: emptyCounts(),
    skipped: emptyCounts(),
    replaced: emptyCounts(),
    kept: emptyCounts(),
    duplicates: emptyCounts(),
    duplicatesKept: keepDuplicates,
    held: [],
    rekeyed: 0,
    evidence: { added: 0, skipped: 0 },
  }
  const adds: Decision['adds'] = {
    units: [],
    sheets: [],
    indicators: [],
    progress: [],
    spending: [],
    assessments: [],
  }
  const replacements: Decision['replacements'] = []
  // Rows of sheets locked here are refused, whether or not the file carries the sheet.
  const locked = new Map<string, string>()
  for (const s of stored.sheets.values()) if (s.status === 'locked' && live(s)) locked.set(s.id, s.name)
  const refuseLocked = (sheetId: string) => {
    if (locked.has(sheetId)) throw new LockedError(sheetId, locked.get(sheetId))
  }
  const sheetUnit = new Map(pkg.sheets.map((s) => [s.id, s.unitId]))
  // A judgement is checked against its sheet's tier bands: the file's sheet, else the stored one.
  const fileScoring = new Map(pkg.sheets.map((s) => [s.id, s.scoring]))
  const bandsOf = (sheetId: string) =>
    resolveProfile(fileScoring.get(sheetId) ?? stored.sheets.get(sheetId)?.scoring).tierBands
  const listedUnits = new Set(pkg.units.map((u) => u.id))
  // The indicator each entry will point at once the import is done: stored, or as this import leaves it.
  const indicators = new Map(stored.indicators)
  const liveIndicator = (id: string): IndicatorRow => {
    const ind = indicators.get(id)
    if (!ind || ind.deletedAt) throw new RecordNotFoundError('indicators', id)
    return ind
  }

  for (const { record, outcome } of plan.records) {
    const here = stored.rows.get(`${record.table}/${record.key}`)
    const settled = outcome === 'conflict' ? settle(record) : undefined
    if (outcome === 'duplicate') {
      result.duplicates[record.list]++
      if (!keepDuplicates) continue
    }
    if (outcome === 'skip' || settled === 'mine') {
      if (record.table === 'indicators') indicators.set(record.key, here as unknown as IndicatorRow)
      if (outcome === 'skip') result.skipped[record.list]++
      else result.kept[record.list]++
      continue
    }
    const row = buildRow(pkg, record, here)
    if (record.table === 'indicators') {
      indicators.set(record.key, { ...row, deletedAt: null } as unknown as IndicatorRow)
    }
    if (settled === 'theirs') {
      if (!here) throw new RecordNotFoundError(record.table, record.key)
      replacements.push({ table: record.table, id: here.id, changes: replacement(row, here) })
      result.replaced[record.list]++
    } else {
      adds[record.table].push(row)
      if (outcome !== 'duplicate') result.added[record.list]++
    }
  }
  return { result, adds, replacements }

  function buildRow(pkg: LedgerPackage, record: MergeRecord, here: RowLike | undefined): BuiltRow {
    const { index, sheet: sheetIndex } = record.source
    switch (record.table) {
      case 'units':
        return unitRowFrom(pkg.units[index]) as BuiltRow
      case 'sheets': {
        const s = pkg.sheets[index]
        if (!listedUnits.has(s.unitId) && !stored.units.has(s.unitId)) {
          throw new RecordNotFoundError('units', s.unitId)
        }
        refuseLocked(s.id)
        return sheetRowsFrom({ ...s, indicators: [] }).sheet as BuiltRow
      }
      case 'indicators': {
        const s = pkg.sheets[sheetIndex!]
        refuseLocked(s.id)
        return indicatorRowFrom(s.indicators[index], s.id, s.unitId, index) as BuiltRow
      }
      case 'progress': {
        const e = pkg.progress[index]
        const ind = liveIndicator(e.indicatorId)
        refuseLocked(ind.sheetId)
        return progressRowFrom(e, ind.sheetId, ind.unitId) as BuiltRow
      }
      case 'spending': {
        const e = pkg.spending[index]
        const unitId = sheetUnit.get(e.sheetId) ?? stored.sheets.get(e.sheetId)?.unitId
        if (!unitId) throw new RecordNotFoundError('sheets', e.sheetId)
        refuseLocked(e.sheetId)
        return spendingRowFrom(e, unitId) as BuiltRow
      }
      case 'assessments': {
        const kind = ASSESSMENT_LISTS.find(([list]) => list === record.list)![1]
        const rec = pkg[record.list as (typeof ASSESSMENT_LISTS)[number][0]][index] as AssessmentRecord
        const ind = liveIndicator(rec.indicatorId)
        refuseLocked(ind.sheetId)
        return assessmentRowFrom(
          kind,
          rec,
          ind,
          (here as AssessmentRow | undefined)?.id,
          bandsOf(ind.sheetId),
        ) as unknown as BuiltRow
      }
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
