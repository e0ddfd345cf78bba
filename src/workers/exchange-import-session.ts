// An exchange file's import, worked away from the page: the file is read and checked here, the
// package stays here, and only what the preview shows goes back (counts, conflicts, new units,
// notices); on confirmation the import runs here too, reporting its progress. It runs in
// exchange-import.worker.ts; tests and browsers without module workers drive it directly.
// Modules imported one by one: a worker is bundled on its own.
import type { LedgerDb } from '@/db/database'
import type { Bilingual } from '@/db/errors'
import { inspectExchangeFile } from '@/db/import-preview'
import { importPackage, type ImportResult } from '@/db/import-package'
import { sheetDigests } from '@/db/sheet-digests'
import type { Actor } from '@/db/rows'
import { isQuotaError, StorageFullError } from '@/db/storage'
import type { Issue } from '@/domain/exchange/issues'
import type { MergePlan, Resolution } from '@/domain/exchange/merge-plan'
import type { SuspiciousText } from '@/domain/exchange/read-file'
import type { LedgerPackage } from '@/domain/types'

export type ImportRequest =
  | { kind: 'inspect'; id: number; file: Blob & { name?: string }; actor: Actor }
  | { kind: 'import'; id: number; actor: Actor; resolutions: Record<string, Resolution> }
  | { kind: 'forget'; id: number }

/** A unit the file adds, with the name of the unit it sits under when the file lists it. */
export interface NewUnit {
  id: string
  name: string
  parentId: string | null
  parentName: string | null
}

/** What the preview shows of a file that can be imported; the package itself stays with the session. */
export interface ExchangePreview {
  plan: Pick<MergePlan, 'added' | 'skipped' | 'conflicts'>
  newUnits: NewUnit[]
  warnings: Issue[]
  suspiciousText: SuspiciousText[]
  /** Evidence files: in the bundle, and named by the package but not in it (a plain .json carries none). */
  evidence: { carried: number; missing: number }
}

export type ImportReply =
  | {
      kind: 'inspected'
      id: number
      inspection: { ok: true; preview: ExchangePreview } | { ok: false; message: Bilingual }
      timing: Timing
    }
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'imported'; id: number; result: ImportResult; timing: Timing }
  | { kind: 'failed'; id: number; message: Bilingual | string }

/** The session's own performance measures (import:*) since the request came, in ms, for the page to record. */
export type Timing = Record<string, number>

function timing(since: number): Timing {
  const out: Timing = {}
  for (const m of performance.getEntriesByType('measure')) {
    if (m.name.startsWith('import:') && m.startTime >= since) out[m.name] = (out[m.name] ?? 0) + m.duration
  }
  return out
}

/** One file at a time: inspecting a new one forgets the last; importing uses the last one inspected. */
export function importSession(db: LedgerDb, post: (reply: ImportReply) => void) {
  let pkg: LedgerPackage | null = null
  let files: Map<string, Uint8Array> | null = null

  async function inspect(id: number, file: Blob & { name?: string }, actor: Actor) {
    pkg = null
    files = null
    const since = performance.now()
    const bytes = new Uint8Array(await file.arrayBuffer())
    const found = await inspectExchangeFile(db, actor, bytes, file.name ?? '')
    if (!found.ok) return post({ kind: 'inspected', id, inspection: found, timing: timing(since) })
    pkg = found.pkg
    files = found.files
    const { plan } = found.preview
    const names = new Map(found.pkg.units.map((u) => [u.id, u.name]))
    const newUnits = plan.records
      .filter((r) => r.record.table === 'units' && r.outcome === 'add')
      .map((r) => {
        const u = r.record.content as { id: string; name: string; parentId: string | null }
        const parentName = u.parentId ? (names.get(u.parentId) ?? null) : null
        return { id: u.id, name: u.name, parentId: u.parentId, parentName }
      })
    const preview: ExchangePreview = {
      plan: { added: plan.added, skipped: plan.skipped, conflicts: plan.conflicts },
      newUnits,
      warnings: found.warnings,
      suspiciousText: found.suspiciousText,
      evidence: found.evidence,
    }
    post({ kind: 'inspected', id, inspection: { ok: true, preview }, timing: timing(since) })
  }

  async function run(id: number, actor: Actor, resolutions: Record<string, Resolution>) {
    if (!pkg) throw new Error('No exchange file has been inspected.')
    let last = 0
    const since = performance.now()
    const result = await importPackage(db, pkg, actor, {
      resolutions,
      files: files ?? undefined,
      onProgress: (done, total) => {
        // About a hundred messages at most: enough for the bar, few enough to cost nothing.
        if (done === total || done - last >= total / 100) {
          last = done
          post({ kind: 'progress', id, done, total })
        }
      },
    })
    const sheetIds = pkg.sheets.map((s) => s.id)
    pkg = null
    files = null
    post({ kind: 'imported', id, result, timing: timing(since) })
    // The all-unit comparison, the usual next look after an import, reads these sheets' digests:
    // built now, away from the page, rather than on that first look (a failure only leaves it to
    // the comparison, which builds missing ones itself).
    void sheetDigests(db, sheetIds).catch(() => undefined)
  }

  return {
    async handle(request: ImportRequest): Promise<void> {
      try {
        if (request.kind === 'inspect') await inspect(request.id, request.file, request.actor)
        else if (request.kind === 'import') await run(request.id, request.actor, request.resolutions)
        else {
          pkg = null
          files = null
        }
      } catch (e) {
        const error = isQuotaError(e) ? new StorageFullError() : e
        const bilingual = (error as { bilingual?: Bilingual }).bilingual
        post({
          kind: 'failed',
          id: request.id,
          message: bilingual ?? (error instanceof Error ? error.message : String(error)),
        })
      }
    },
  }
}
