// The province's comparison (views/comparison/): every unit's sheets of a year, read and scored in
// slices of units so that the first screen of the ranking shows before the last unit is read; each
// slice's rows are posted as they are scored. Followed live like comparison-follower.ts (a write
// anywhere re-reads from the first slice). Tests drive it directly; province.worker.ts runs it.
import { sheetsPackage, yearPackageTables, yearSheets } from '@/db/dashboard-queries'
import type { LedgerDb } from '@/db/database'
import type { SheetRow } from '@/db/rows'
import { liveQuery } from '@/db/live-query'
import { comparisonRows, treeOrder, type ComparisonRow } from '@/domain/dashboard/comparison'
import { scorePackage } from '@/domain/scoring/package'

export type ProvinceRequest = { year: number; asOf: string } | null

export interface ProvinceReply {
  year: number
  asOf: string
  /** Which read this slice belongs to: a new read starts again from no rows. */
  read: number
  /** This slice's rows (units in tree order). */
  rows: ComparisonRow[]
  /** Units read so far, and in all. */
  done: number
  total: number
}

export type ProvinceMessage = { ok: true; reply: ProvinceReply } | { ok: false; message: string }

/** The first slice is small, so that the first screen comes quickly; later ones are larger, for throughput. */
export const FIRST_SLICE = 60
export const SLICE = 500

export function provinceFollower(db: LedgerDb, post: (message: ProvinceMessage) => void) {
  let subscription: { unsubscribe(): void } | null = null
  let reads = 0

  const fail = (error: unknown) =>
    post({ ok: false, message: error instanceof Error ? error.message : String(error) })

  function stop() {
    subscription?.unsubscribe()
    subscription = null
    reads++
  }

  async function readAll(wanted: number, asOf: string) {
    const mine = ++reads
    const { units, sheets } = await yearSheets(db, wanted)
    if (mine !== reads) return
    const byUnit = new Map<string, SheetRow[]>()
    for (const sheet of sheets) {
      const list = byUnit.get(sheet.unitId)
      if (list) list.push(sheet)
      else byUnit.set(sheet.unitId, [sheet])
    }
    const ordered = treeOrder(units)
    let done = 0
    while (done < ordered.length || done === 0) {
      const size = done === 0 ? FIRST_SLICE : SLICE
      const slice = ordered.slice(done, done + size)
      const sliceSheets = slice.flatMap((u) => byUnit.get(u.id) ?? [])
      const pkg = await sheetsPackage(db, slice, sliceSheets)
      if (mine !== reads) return
      const rows = sliceSheets.length ? comparisonRows(slice, pkg.sheets, scorePackage(pkg, asOf).sheets) : []
      done += slice.length
      post({ ok: true, reply: { year: wanted, asOf, read: mine, rows, done, total: ordered.length } })
      if (!slice.length) break
    }
  }

  function request(next: ProvinceRequest) {
    stop()
    if (!next) return
    const { asOf } = next
    const wanted = next.year
    subscription = liveQuery(() => yearPackageTables(db)).subscribe({
      next: () => readAll(wanted, asOf).catch(fail),
      error: fail,
    })
  }

  return { request, stop }
}
