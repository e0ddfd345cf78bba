// An exchange file's import, worked away from the page: the file is read and checked here, the
// package stays here, and only what the preview shows goes back (counts, conflicts, new units,
// notices); on confirmation the import runs here too, reporting its progress. It runs in
// exchange-import.worker.ts; tests and browsers without module workers drive it directly.
// Modules imported one by one: a worker is bundled on its own.
import type { LedgerDb } from '@/db/database'
import type { Bilingual } from '@/db/errors'
import { inspectExchangeFile, previewImport, type ImportPreview, type SheetSealLine } from '@/db/import-preview'
import { importPackage, type ImportResult } from '@/db/import-package'
import { sheetDigests } from '@/db/sheet-digests'
import type { Actor } from '@/db/rows'
import { isQuotaError, StorageFullError } from '@/db/storage'
import type { ConflictLabel } from '@/db/import-labels'
import type { HeldGroup, UnitAnswer, UnitQuestion } from '@/domain/exchange/import-scope'
import type { Issue } from '@/domain/exchange/issues'
import type { MergePlan, Resolution } from '@/domain/exchange/merge-plan'
import { suspiciousTextNotice, type SuspiciousText } from '@/domain/exchange/read-file'
import type { LedgerPackage } from '@/domain/types'

/** The choices of a preview: the unit in use, and the user's answers so far. */
export interface ImportChoices {
  asUnit: string | null
  unitAnswers: Record<string, UnitAnswer>
}

export type ImportRequest =
  | { kind: 'inspect'; id: number; file: Blob & { name?: string }; actor: Actor; choices: ImportChoices }
  /** The file last inspected, planned again with new answers to its unit questions. */
  | { kind: 'replan'; id: number; actor: Actor; choices: ImportChoices }
  | {
      kind: 'import'
      id: number
      actor: Actor
      choices: ImportChoices
      resolutions: Record<string, Resolution>
      keepDuplicates: boolean
    }
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
  plan: Pick<MergePlan, 'added' | 'skipped' | 'duplicates' | 'conflicts'>
  /** Each conflict's unit, record and values by name, in the order of `plan.conflicts`. */
  labels: ConflictLabel[]
  held: HeldGroup[]
  questions: UnitQuestion[]
  rekeyed: number
  newUnits: NewUnit[]
  warnings: Issue[]
  suspiciousText: SuspiciousText[]
  /** Evidence files: in the bundle, and named by the package but not in it (a plain .json carries none). */
  evidence: { carried: number; missing: number }
  /** The file's locked sheets, each with its seal checked (or none carried). */
  seals: SheetSealLine[]
}

export type ImportReply =
  | {
      kind: 'inspected'
      id: number
      inspection: { ok: true; preview: ExchangePreview } | { ok: false; message: Bilingual }
      timing: Timing
    }
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'imported'; id: number; result: ImportResult; hints: Bilingual[]; timing: Timing }
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

/** Every hint a preview shows: the file's warnings, then the notice about suspicious text. */
export function previewHints(preview: Pick<ExchangePreview, 'warnings' | 'suspiciousText'>): Bilingual[] {
  const hints: Bilingual[] = preview.warnings.filter((w) => w.level === 'warning').map((w) => w.message)
  if (preview.suspiciousText.length) hints.push(suspiciousTextNotice(preview.suspiciousText))
  return hints
}

/** One line per sealed sheet of the file, for the result and the 导入记录 (which keep hints only). */
export function sealHints(seals: readonly SheetSealLine[]): Bilingual[] {
  return seals
    .filter((s) => s.state !== 'unsealed')
    .map((s) =>
      s.state === 'broken'
        ? { zh: `${s.unitName} ${s.name}：锁定后数据被改动（封印不符）`, en: `${s.unitName} ${s.name}: changed after it was locked (seal does not match)` }
        : { zh: `${s.unitName} ${s.name}：已锁定，封印完好`, en: `${s.unitName} ${s.name}: locked, seal intact` },
    )
}

/** One file at a time: inspecting a new one forgets the last; importing uses the last one inspected. */
export function importSession(db: LedgerDb, post: (reply: ImportReply) => void) {
  let pkg: LedgerPackage | null = null
  let files: Map<string, Uint8Array> | null = null
  let fileName = ''
  let last: Omit<ExchangePreview, 'plan' | 'labels' | 'held' | 'questions' | 'rekeyed' | 'newUnits'> | null =
    null

  function previewOf(found: ImportPreview, from: LedgerPackage): ExchangePreview {
    const { plan } = found
    const names = new Map(from.units.map((u) => [u.id, u.name]))
    const newUnits = plan.records
      .filter((r) => r.record.table === 'units' && r.outcome === 'add')
      .map((r) => {
        const u = r.record.content as { id: string; name: string; parentId: string | null }
        const parentName = u.parentId ? (names.get(u.parentId) ?? null) : null
        return { id: u.id, name: u.name, parentId: u.parentId, parentName }
      })
    return {
      plan: {
        added: plan.added,
        skipped: plan.skipped,
        duplicates: plan.duplicates,
        conflicts: plan.conflicts,
      },
      labels: found.labels,
      held: found.held,
      questions: found.questions,
      rekeyed: found.rekeyed,
      newUnits,
      ...last!,
    }
  }

  async function inspect(id: number, file: Blob & { name?: string }, actor: Actor, choices: ImportChoices) {
    pkg = null
    files = null
    last = null
    const since = performance.now()
    const bytes = new Uint8Array(await file.arrayBuffer())
    fileName = file.name ?? ''
    const found = await inspectExchangeFile(db, actor, bytes, fileName, choices)
    if (!found.ok) return post({ kind: 'inspected', id, inspection: found, timing: timing(since) })
    pkg = found.pkg
    files = found.files
    last = {
      warnings: found.warnings,
      suspiciousText: found.suspiciousText,
      evidence: found.evidence,
      seals: found.seals,
    }
    const preview = previewOf(found.preview, found.pkg)
    post({ kind: 'inspected', id, inspection: { ok: true, preview }, timing: timing(since) })
  }

  async function replan(id: number, actor: Actor, choices: ImportChoices) {
    if (!pkg || !last) throw new Error('No exchange file has been inspected.')
    const since = performance.now()
    const found = await previewImport(db, pkg, actor, choices)
    const inspection = found.problem
      ? { ok: false as const, message: found.problem.bilingual }
      : { ok: true as const, preview: previewOf(found, pkg) }
    post({ kind: 'inspected', id, inspection, timing: timing(since) })
  }

  async function run(
    id: number,
    actor: Actor,
    choices: ImportChoices,
    resolutions: Record<string, Resolution>,
    keepDuplicates: boolean,
  ) {
    if (!pkg || !last) throw new Error('No exchange file has been inspected.')
    let sent = 0
    const since = performance.now()
    const hints = [...previewHints(last), ...sealHints(last.seals)]
    const result = await importPackage(db, pkg, actor, {
      resolutions,
      asUnit: choices.asUnit,
      unitAnswers: choices.unitAnswers,
      keepDuplicates,
      history: { file: fileName, hints },
      files: files ?? undefined,
      onProgress: (done, total) => {
        // About a hundred messages at most: enough for the bar, few enough to cost nothing.
        if (done === total || done - sent >= total / 100) {
          sent = done
          post({ kind: 'progress', id, done, total })
        }
      },
    })
    const sheetIds = pkg.sheets.map((s) => s.id)
    pkg = null
    files = null
    last = null
    post({ kind: 'imported', id, result, hints, timing: timing(since) })
    // The all-unit comparison, the usual next look after an import, reads these sheets' digests:
    // built now, away from the page, rather than on that first look (a failure only leaves it to
    // the comparison, which builds missing ones itself).
    void sheetDigests(db, sheetIds).catch(() => undefined)
  }

  return {
    async handle(request: ImportRequest): Promise<void> {
      try {
        if (request.kind === 'inspect')
          await inspect(request.id, request.file, request.actor, request.choices)
        else if (request.kind === 'replan') await replan(request.id, request.actor, request.choices)
        else if (request.kind === 'import')
          await run(request.id, request.actor, request.choices, request.resolutions, request.keepDuplicates)
        else {
          pkg = null
          files = null
          last = null
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
