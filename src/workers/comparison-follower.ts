// The all-unit comparison, worked out away from the page: every unit's sheets of a year read live
// (Dexie liveQuery: a write from the page or another tab re-reads them) and scored, and only the
// resulting rows handed back. It runs in comparison.worker.ts; tests drive it directly.
// Modules imported one by one, not through '@/domain/dashboard': a worker is bundled on its own,
// and the barrel would pull in everything else.
import { yearPackage, yearPackageTables } from '@/db/dashboard-queries'
import type { LedgerDb } from '@/db/database'
import { liveQuery } from '@/db/live-query'
import { comparisonRows, type ComparisonRow } from '@/domain/dashboard/comparison'
import { scorePackage } from '@/domain/scoring/package'
import type { LedgerPackage, Unit } from '@/domain/types'

/** What the page asks for: all units' rows of `year` as of `asOf`; null to stop following. */
export type ComparisonRequest = { year: number; asOf: string } | null

export interface ComparisonReply {
  year: number
  asOf: string
  /** Every live unit (for the parent filter). */
  units: Unit[]
  /** One row per unit, parents before children (comparisonRows over all units); none when the year has no sheet. */
  rows: ComparisonRow[]
  /** Where the time went, in the sender's performance.now(); null for `read` when only the date changed. */
  timing: {
    origin: number
    read: { start: number; end: number } | null
    score: { start: number; end: number }
  }
}

export type ComparisonMessage = { ok: true; reply: ComparisonReply } | { ok: false; message: string }

/** Follows one request at a time; a new year re-reads, a new date only re-scores what was read. */
export function comparisonFollower(db: LedgerDb, post: (message: ComparisonMessage) => void) {
  let subscription: { unsubscribe(): void } | null = null
  let year: number | null = null
  let asOf = ''
  let last: { pkg: LedgerPackage; read: { start: number; end: number } } | null = null
  // Counts reads started, so that an overlapped or abandoned one (stop, another year) is dropped.
  let reads = 0

  const score = (read: { start: number; end: number } | null) => {
    const { pkg } = last!
    const start = performance.now()
    const rows = pkg.sheets.length
      ? comparisonRows(pkg.units, pkg.sheets, scorePackage(pkg, asOf).sheets)
      : []
    const end = performance.now()
    post({
      ok: true,
      reply: {
        year: year!,
        asOf,
        units: pkg.units,
        rows,
        // eslint-disable-next-line compat/compat -- undefined in Safari 14; the page then skips the measures
        timing: { origin: performance.timeOrigin, read, score: { start, end } },
      },
    })
  }

  const fail = (error: unknown) =>
    post({ ok: false, message: error instanceof Error ? error.message : String(error) })

  function stop() {
    subscription?.unsubscribe()
    subscription = null
    year = null
    last = null
    reads++
  }

  /** Handles one request from the page. */
  function request(next: ComparisonRequest) {
    if (!next) return stop()
    if (next.year === year) {
      asOf = next.asOf
      if (last) {
        try {
          score(null)
        } catch (e) {
          fail(e)
        }
      }
      return
    }
    stop()
    year = next.year
    asOf = next.asOf
    const wanted = next.year
    // Any write to the tables read re-reads the year (yearPackageTables says why not yearPackage
    // itself); of overlapping reads only the last one counts.
    const reread = async () => {
      const mine = ++reads
      const start = performance.now()
      const pkg = await yearPackage(db, wanted)
      if (mine !== reads) return
      last = { pkg, read: { start, end: performance.now() } }
      score(last.read)
    }
    subscription = liveQuery(() => yearPackageTables(db)).subscribe({
      next: () => reread().catch(fail),
      error: fail,
    })
  }

  return { request, stop }
}
