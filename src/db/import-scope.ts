// The reads an import's scope needs (src/domain/exchange/import-scope.ts): the live units, the unit
// of every stored row the file's ids name (and of their re-keyed twins), and which unit-years have
// sheets here. Ends on a database read, like every helper awaited inside a transaction.
import {
  importScope,
  rekeyedId,
  type OwnedTable,
  type Scope,
  type ScopeOptions,
} from '@/domain/exchange/import-scope'
import type { LedgerPackage, Unit } from '@/domain/types'
import type { LedgerDb } from './database'
import { storedRows } from './stored-rows'
import { live } from './write'

export async function readScope(db: LedgerDb, pkg: LedgerPackage, options: ScopeOptions): Promise<Scope> {
  // Every unit a row may belong to: a re-keyed twin of a referenced row is `id~unit`.
  const unitIds = [...new Set([...pkg.units.map((u) => u.id), ...pkg.sheets.map((s) => s.unitId)])]
  const withTwins = (ids: string[]) => [...ids, ...ids.flatMap((id) => unitIds.map((u) => rekeyedId(id, u)))]
  const sheetIds = pkg.sheets.map((s) => s.id)
  const indicatorIds = pkg.sheets.flatMap((s) => s.indicators.map((i) => i.id))
  const carriedSheets = new Set(sheetIds)
  const carriedIndicators = new Set(indicatorIds)
  const referredSheets = [...new Set(pkg.spending.map((e) => e.sheetId))].filter(
    (id) => !carriedSheets.has(id),
  )
  const referredIndicators = [
    ...new Set(
      [pkg.progress, pkg.judgements, pkg.overrides, pkg.notApplicable, pkg.deviations].flatMap((l) =>
        l.map((r) => r.indicatorId),
      ),
    ),
  ].filter((id) => !carriedIndicators.has(id))
  const owners = new Map<string, string>()
  const asked: [OwnedTable, string[]][] = [
    ['sheets', [...sheetIds, ...withTwins(referredSheets)]],
    ['indicators', [...indicatorIds, ...withTwins(referredIndicators)]],
    ['progress', pkg.progress.map((e) => e.id)],
    ['spending', pkg.spending.map((e) => e.id)],
  ]
  // Only awaited with ids to read: an awaited helper that makes no request loses the transaction.
  for (const [table, ids] of asked) {
    if (ids.length === 0) continue
    for (const r of await storedRows(db, table, ids)) owners.set(`${table}/${r.id}`, r.unitId as string)
  }
  const years = new Set<string>()
  const askedYears = [...new Set(pkg.sheets.map((s) => `${s.unitId}|${s.year}`))].map((k) => {
    const [u, y] = k.split('|')
    return [u, Number(y)] as [string, number]
  })
  const found = askedYears.length ? await db.sheets.where('[unitId+year]').anyOf(askedYears).toArray() : []
  for (const s of found.filter(live)) years.add(`${s.unitId}|${s.year}`)
  // Last, so that this helper ends on a database read whatever the file holds.
  const units = new Map<string, Unit>()
  for (const u of (await db.units.toArray()).filter(live)) {
    units.set(u.id, { id: u.id, name: u.name, parentId: u.parentId ?? null })
  }
  return importScope(
    pkg,
    {
      units,
      ownerOf: (table, id) => owners.get(`${table}/${id}`),
      hasYear: (unitId, year) => years.has(`${unitId}|${year}`),
    },
    options,
  )
}
