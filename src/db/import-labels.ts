// What a person sees of a conflict: the unit and the record by name, and each differing field's two
// values with references (indicator, sheet, unit ids) turned into names. Raw ids are never shown.
import type { ConflictLabel, MergeConflict } from '@/domain/exchange/merge-plan'

export type { ConflictLabel }
import type { LedgerPackage } from '@/domain/types'
import type { LedgerDb } from './database'

const REFERENCES = { indicatorId: 'indicator', sheetId: 'sheet', parentId: 'unit', unitId: 'unit' } as const

/** Labels for each conflict, in order; reads the stored names the file does not carry. */
export async function labelConflicts(
  db: LedgerDb,
  pkg: LedgerPackage,
  conflicts: readonly MergeConflict[],
): Promise<ConflictLabel[]> {
  if (conflicts.length === 0) return []
  const names = {
    unit: new Map(pkg.units.map((u) => [u.id, u.name])),
    sheet: new Map(pkg.sheets.map((s) => [s.id, s.name])),
    indicator: new Map(pkg.sheets.flatMap((s) => s.indicators.map((i) => [i.id, i.name] as const))),
  }
  const unitOfSheet = new Map(pkg.sheets.map((s) => [s.id, s.unitId]))
  const sheetOfIndicator = new Map(pkg.sheets.flatMap((s) => s.indicators.map((i) => [i.id, s.id] as const)))
  const wanted = { unit: new Set<string>(), sheet: new Set<string>(), indicator: new Set<string>() }
  for (const c of conflicts) {
    for (const side of [c.mine, c.theirs]) {
      for (const [field, kind] of Object.entries(REFERENCES)) {
        const v = side[field]
        if (typeof v === 'string' && !names[kind].has(v)) wanted[kind].add(v)
      }
    }
  }
  for (const u of await db.units.bulkGet([...wanted.unit])) if (u) names.unit.set(u.id, u.name)
  const inds = await db.indicators.bulkGet([...wanted.indicator])
  for (const i of inds) {
    if (!i) continue
    names.indicator.set(i.id, i.name)
    sheetOfIndicator.set(i.id, i.sheetId)
    wanted.sheet.add(i.sheetId)
  }
  for (const s of await db.sheets.bulkGet([...wanted.sheet].filter((id) => !names.sheet.has(id)))) {
    if (!s) continue
    names.sheet.set(s.id, s.name)
    unitOfSheet.set(s.id, s.unitId)
    wanted.unit.add(s.unitId)
  }
  const missingUnits = [...wanted.unit].filter((id) => !names.unit.has(id))
  for (const u of await db.units.bulkGet(missingUnits)) if (u) names.unit.set(u.id, u.name)

  const name = (kind: keyof typeof names, id: unknown) =>
    typeof id === 'string' ? (names[kind].get(id) ?? '—') : '—'
  const show = (field: string, v: unknown): string | null => {
    if (v === undefined || v === null) return null
    const kind = REFERENCES[field as keyof typeof REFERENCES]
    if (kind) return name(kind, v)
    const text = typeof v === 'string' ? v : JSON.stringify(v)
    return text.length > 120 ? `${text.slice(0, 117)}…` : text
  }
  return conflicts.map((c) => {
    const x = c.theirs
    let unitId: unknown
    let item: string
    if (c.table === 'units') {
      unitId = c.key
      item = String(x.name ?? '')
    } else if (c.table === 'sheets') {
      unitId = x.unitId
      item = String(x.name ?? '')
    } else if (c.table === 'indicators') {
      unitId = unitOfSheet.get(String(x.sheetId))
      item = String(x.name ?? '')
    } else if (c.table === 'spending') {
      unitId = unitOfSheet.get(String(x.sheetId))
      item = `${name('sheet', x.sheetId)} ${String(x.date ?? '')}`
    } else {
      const sheetId = sheetOfIndicator.get(String(x.indicatorId))
      unitId = sheetId ? unitOfSheet.get(sheetId) : undefined
      item =
        c.table === 'progress'
          ? `${name('indicator', x.indicatorId)} ${String(x.date ?? '')}`
          : name('indicator', x.indicatorId)
    }
    return {
      unit: name('unit', unitId),
      item: item.trim(),
      fields: c.fields.map((f) => ({ field: f, mine: show(f, c.mine[f]), theirs: show(f, c.theirs[f]) })),
    }
  })
}
