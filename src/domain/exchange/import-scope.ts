// Which of an exchange file's rows an import may write, and under which ids (docs/exchange-format.md,
// "Whose rows a file carries"). A record's identity is its unit plus its id: ids are only unique in
// the database that made them, so a row whose id is already used here by another unit's row is
// re-keyed (`id~unitId`, stable: the same file imported again finds the same rows). A file speaks
// for its own unit and the units below it; it never writes the importing unit's own rows or a
// parent's, nor changes a unit it only names as a reference. Pure: the db layer supplies the reads.
import type { LedgerPackage, Unit } from '../types'
import { emptyCounts, type MergeCounts, type MergeList } from './merge-plan'

/** Why rows of a file were left out of its import. */
/** `otherSender`: the unit in use's own rows in a file another unit sent (`sentBy`). */
export type HeldReason = 'ownUnit' | 'otherSender' | 'parentUnit' | 'notSpokenFor' | 'reference'

export interface HeldGroup {
  unitId: string
  unitName: string
  reason: HeldReason
  counts: MergeCounts
}

/**
 * A question before the import: a unit of the file has the name of another unit here
 * (`sameName`), or a unit-year here already has sheets the file does not know (`yearHasData`).
 */
export interface UnitQuestion {
  kind: 'sameName' | 'yearHasData'
  /** The unit's id in the file; answers are keyed by it. */
  unitId: string
  name: string
  /** The unit here it may be (sameName), or the unit itself (yearHasData). */
  existingId: string
  existingName: string
  existingParentName: string | null
  year: number | null
}

/** `same`: the file's unit is the one here (merge); `other`: a different unit. */
export type UnitAnswer = 'same' | 'other'

export type OwnedTable = 'sheets' | 'indicators' | 'progress' | 'spending'

export interface ScopeReads {
  /** Live units here by id. */
  units: ReadonlyMap<string, Unit>
  /** The unit of the stored row with this id (deleted rows included), undefined when there is none. */
  ownerOf: (table: OwnedTable, id: string) => string | undefined
  /** Whether the unit has live sheets in that year here. */
  hasYear: (unitId: string, year: number) => boolean
}

export interface ScopeOptions {
  /** The unit in use where the file is imported; null when there is none (a first load). */
  asUnit: string | null
  answers?: Readonly<Record<string, UnitAnswer>>
}

export interface Scope {
  /** The rows to plan, with every id and reference re-keyed as it will be stored. */
  pkg: LedgerPackage
  held: HeldGroup[]
  questions: UnitQuestion[]
  /** Rows given a unit-qualified id because their id belongs to another unit's row here. */
  rekeyed: number
}

/** The stable id of a row of `unitId` whose own id is taken here by another unit's row. */
export function rekeyedId(id: string, unitId: string): string {
  return `${id}~${unitId}`
}

/** Unit ids the file names only as references (`reference: true`): never written or changed. */
function referenceIds(pkg: LedgerPackage): Set<string> {
  return new Set(pkg.units.filter((u) => (u as { reference?: unknown }).reference === true).map((u) => u.id))
}

export function unitQuestions(pkg: LedgerPackage, reads: ScopeReads): UnitQuestion[] {
  const out: UnitQuestion[] = []
  const byName = new Map<string, Unit>()
  for (const u of reads.units.values()) if (!byName.has(u.name.trim())) byName.set(u.name.trim(), u)
  const parentName = (u: Unit) => (u.parentId ? (reads.units.get(u.parentId)?.name ?? null) : null)
  for (const u of pkg.units) {
    const here = reads.units.get(u.id)
    if (!here) {
      const same = byName.get(u.name.trim())
      if (same)
        out.push({
          kind: 'sameName',
          unitId: u.id,
          name: u.name,
          existingId: same.id,
          existingName: same.name,
          existingParentName: parentName(same),
          year: null,
        })
      continue
    }
    // A unit-year the file brings sheets for, none of which is here, while the unit has others.
    const years = new Set(pkg.sheets.filter((s) => s.unitId === u.id).map((s) => s.year))
    for (const year of [...years].sort()) {
      const sheets = pkg.sheets.filter((s) => s.unitId === u.id && s.year === year)
      const known = sheets.some((s) => reads.ownerOf('sheets', s.id) !== undefined)
      if (!known && reads.hasYear(u.id, year)) {
        out.push({
          kind: 'yearHasData',
          unitId: u.id,
          name: u.name,
          existingId: here.id,
          existingName: here.name,
          existingParentName: parentName(here),
          year,
        })
        break
      }
    }
  }
  return out
}

/** The id a unit of the file gets here after the answers: merged, kept, or another unit's own id. */
function unitMapping(questions: readonly UnitQuestion[], answers: Readonly<Record<string, UnitAnswer>>) {
  const map = new Map<string, string>()
  for (const q of questions) {
    const a = answers[q.unitId]
    if (q.kind === 'sameName' && a === 'same') map.set(q.unitId, q.existingId)
    if (q.kind === 'yearHasData' && a === 'other') map.set(q.unitId, `${q.unitId}~another`)
  }
  return map
}

export function importScope(pkg: LedgerPackage, reads: ScopeReads, options: ScopeOptions): Scope {
  const answers = options.answers ?? {}
  const questions = unitQuestions(pkg, reads)
  const mapped = unitMapping(questions, answers)
  const unitIdOf = (id: string) => mapped.get(id) ?? id
  const references = new Set([...referenceIds(pkg)].map(unitIdOf))

  // The file's units as they will be here; a unit merged into one here is not written again.
  const merged = new Set(
    [...mapped].filter(([from, to]) => reads.units.has(to) && from !== to).map(([f]) => f),
  )
  const fileUnits = new Map<string, Unit>()
  for (const u of pkg.units) {
    if (merged.has(u.id)) continue
    const { reference: _reference, ...rest } = u as Unit & { reference?: unknown }
    void _reference
    const id = unitIdOf(u.id)
    fileUnits.set(id, { ...rest, id, parentId: u.parentId ? unitIdOf(u.parentId) : null })
  }
  const parentOf = (id: string) =>
    fileUnits.has(id) ? fileUnits.get(id)!.parentId : (reads.units.get(id)?.parentId ?? null)
  const ancestors = (id: string) => {
    const out: string[] = []
    for (let p = parentOf(id); p && !out.includes(p); p = parentOf(p)) out.push(p)
    return out
  }
  // A unit here is named as here: a file's spelling of it is not what it is called.
  const nameOf = (id: string) => reads.units.get(id)?.name ?? fileUnits.get(id)?.name ?? id

  // The file speaks for its top units with sheets (its top listed units when it has none) and below.
  const withSheets = new Set(pkg.sheets.map((s) => unitIdOf(s.unitId)))
  const candidates =
    withSheets.size > 0 ? withSheets : new Set([...fileUnits.keys()].filter((u) => !references.has(u)))
  const roots = new Set([...candidates].filter((u) => !ancestors(u).some((a) => candidates.has(a))))
  const own = new Set(options.asUnit ? [options.asUnit, ...ancestors(options.asUnit)] : [])
  // A file the unit in use sent itself (another of its devices) speaks for the unit's own rows; one
  // another unit sent does not. Without `sentBy` (older files), a file whose top unit is the unit in
  // use is taken as its own. Its parents' rows stay out of reach either way.
  const sender = pkg.sentBy ? unitIdOf(pkg.sentBy.unitId) : null
  const fromItself =
    options.asUnit !== null && (sender !== null ? sender === options.asUnit : roots.has(options.asUnit))
  const reasonFor = (unitId: string): HeldReason | null => {
    if (own.has(unitId) && !(fromItself && unitId === options.asUnit)) {
      if (unitId !== options.asUnit) return 'parentUnit'
      return sender !== null && roots.has(unitId) ? 'otherSender' : 'ownUnit'
    }
    if (references.has(unitId)) return 'reference'
    // A file naming no unit at all (entries only) speaks for the units its rows refer to.
    if (roots.size > 0 && !roots.has(unitId) && !ancestors(unitId).some((a) => roots.has(a)))
      return 'notSpokenFor'
    return null
  }

  const heldGroups = new Map<string, HeldGroup>()
  const hold = (unitId: string, reason: HeldReason, list: MergeList, n = 1) => {
    const key = `${unitId}|${reason}`
    let g = heldGroups.get(key)
    if (!g) heldGroups.set(key, (g = { unitId, unitName: nameOf(unitId), reason, counts: emptyCounts() }))
    g.counts[list] += n
  }

  const units: Unit[] = []
  for (const u of fileUnits.values()) {
    const here = reads.units.get(u.id)
    const reason = reasonFor(u.id)
    // A unit the file may not speak for is added when new, left alone when it is here.
    if (here && reason && (here.name !== u.name || (here.parentId ?? null) !== (u.parentId ?? null))) {
      hold(u.id, reason, 'units')
      continue
    }
    units.push(here && reason ? { ...u, name: here.name, parentId: here.parentId ?? null } : u)
  }

  let rekeyed = 0
  const keyFor = (table: OwnedTable, id: string, unitId: string) => {
    const owner = reads.ownerOf(table, id)
    if (owner === undefined || owner === unitId) return id
    rekeyed++
    return rekeyedId(id, unitId)
  }
  /** A stored row the file refers to without carrying it: its unit's own re-keyed row first. */
  const storedRef = (table: OwnedTable, id: string): { id: string; unitId: string } | null => {
    for (const r of roots) {
      const alt = rekeyedId(id, r)
      if (reads.ownerOf(table, alt) === r) return { id: alt, unitId: r }
    }
    const owner = reads.ownerOf(table, id)
    return owner === undefined ? null : { id, unitId: owner }
  }

  const sheetIds = new Map<string, { id: string; unitId: string } | null>()
  const indicatorIds = new Map<string, { id: string; unitId: string } | null>()
  const sheets: LedgerPackage['sheets'] = []
  for (const s of pkg.sheets) {
    const unitId = unitIdOf(s.unitId)
    const reason = reasonFor(unitId)
    if (reason) {
      hold(unitId, reason, 'sheets')
      hold(unitId, reason, 'indicators', s.indicators.length)
      sheetIds.set(s.id, null)
      for (const i of s.indicators) indicatorIds.set(i.id, null)
      continue
    }
    const id = keyFor('sheets', s.id, unitId)
    sheetIds.set(s.id, { id, unitId })
    const indicators = s.indicators.map((i) => {
      const iid = keyFor('indicators', i.id, unitId)
      indicatorIds.set(i.id, { id: iid, unitId })
      return { ...i, id: iid }
    })
    sheets.push({ ...s, id, unitId, indicators })
  }
  const sheetRef = (id: string) => (sheetIds.has(id) ? sheetIds.get(id)! : storedRef('sheets', id))
  const indicatorRef = (id: string) =>
    indicatorIds.has(id) ? indicatorIds.get(id)! : storedRef('indicators', id)
  /** The target of a reference, or null when its rows are held (counted under `list`). */
  const follow = (ref: { id: string; unitId: string } | null, original: string, list: MergeList) => {
    if (ref === null) {
      // Held with its sheet, or not here at all: the import's reference check says which.
      const heldSheet = sheetIds.has(original) || indicatorIds.has(original)
      return heldSheet ? null : { id: original, unitId: '' }
    }
    const reason = reasonFor(ref.unitId)
    if (reason) {
      hold(ref.unitId, reason, list)
      return null
    }
    return ref
  }

  const entryIds = new Map<string, string>()
  const progress: LedgerPackage['progress'] = []
  for (const e of pkg.progress) {
    const ref = follow(indicatorRef(e.indicatorId), e.indicatorId, 'progress')
    if (!ref) {
      if (indicatorIds.get(e.indicatorId) === null) holdWithSheet(e.indicatorId, 'progress')
      continue
    }
    const id = ref.unitId ? keyFor('progress', e.id, ref.unitId) : e.id
    entryIds.set(e.id, id)
    progress.push({ ...e, id, indicatorId: ref.id })
  }
  const spending: LedgerPackage['spending'] = []
  for (const e of pkg.spending) {
    const ref = follow(sheetRef(e.sheetId), e.sheetId, 'spending')
    if (!ref) {
      if (sheetIds.get(e.sheetId) === null) holdWithSheet(e.sheetId, 'spending', true)
      continue
    }
    const id = ref.unitId ? keyFor('spending', e.id, ref.unitId) : e.id
    entryIds.set(e.id, id)
    spending.push({ ...e, id, sheetId: ref.id })
  }
  const assessed = <T extends { indicatorId: string }>(list: readonly T[], name: MergeList): T[] => {
    const out: T[] = []
    for (const r of list) {
      const ref = follow(indicatorRef(r.indicatorId), r.indicatorId, name)
      if (!ref) {
        if (indicatorIds.get(r.indicatorId) === null) holdWithSheet(r.indicatorId, name)
        continue
      }
      out.push({ ...r, indicatorId: ref.id })
    }
    return out
  }
  const out: LedgerPackage = {
    ...pkg,
    units,
    sheets,
    progress,
    spending,
    judgements: assessed(pkg.judgements, 'judgements'),
    overrides: assessed(pkg.overrides, 'overrides'),
    notApplicable: assessed(pkg.notApplicable, 'notApplicable'),
    deviations: assessed(pkg.deviations, 'deviations'),
  }
  if (pkg.attachments) {
    out.attachments = pkg.attachments
      .filter((a) => entryIds.has(a.entryId))
      .map((a) => ({ ...a, entryId: entryIds.get(a.entryId)! }))
  }
  return { pkg: out, held: [...heldGroups.values()], questions, rekeyed }

  /** A row of a sheet held back: counted with that sheet's unit and reason. */
  function holdWithSheet(refId: string, list: MergeList, isSheet = false) {
    const s = isSheet
      ? pkg.sheets.find((x) => x.id === refId)
      : pkg.sheets.find((x) => x.indicators.some((i) => i.id === refId))
    if (!s) return
    const unitId = unitIdOf(s.unitId)
    hold(unitId, reasonFor(unitId) ?? 'notSpokenFor', list)
  }
}
