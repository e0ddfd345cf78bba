// The summary shown before an import writes anything: what would be added, skipped and in
// conflict, and whether the rows would be accepted at all (permissions, locks, validation).
import type { Issue } from '@/domain/exchange'
import { conflictId, type MergePlan } from '@/domain/exchange/merge-plan'
import { readExchangeFile, type SuspiciousText } from '@/domain/exchange/read-file'
import type { LedgerPackage } from '@/domain/types'
import type { LedgerDb } from './database'
import { LedgerError, type Bilingual } from './errors'
import { importInTx, planImport } from './package-io'
import type { Actor } from './rows'
import { writeTx } from './write'

export interface ImportPreview {
  plan: MergePlan
  /** Why the import would be refused even with every conflict kept as it is here; null when it would pass. */
  problem: LedgerError | null
}

class DryRun extends Error {}

/**
 * Plans the merge, then rehearses the import inside a transaction that is always rolled back,
 * so refusals show up in the summary instead of after the user confirms.
 */
export async function previewImport(db: LedgerDb, pkg: LedgerPackage, actor: Actor): Promise<ImportPreview> {
  const plan = await planImport(db, pkg)
  const resolutions = Object.fromEntries(plan.conflicts.map((c) => [conflictId(c), 'mine' as const]))
  try {
    await writeTx(db, async () => {
      await importInTx(db, pkg, actor, 'import', { resolutions, rehearsal: true })
      throw new DryRun()
    })
  } catch (e) {
    if (e instanceof DryRun) return { plan, problem: null }
    if (e instanceof LedgerError) return { plan, problem: e }
    throw e
  }
  return { plan, problem: null }
}

export type FileInspection =
  | { ok: false; message: Bilingual }
  | {
      ok: true
      pkg: LedgerPackage
      preview: ImportPreview
      warnings: Issue[]
      suspiciousText: SuspiciousText[]
    }

/**
 * A picked file, start to finish before anything is written: read (one message when it is not a
 * usable exchange file), then planned and rehearsed against this database.
 */
export async function inspectExchangeFile(
  db: LedgerDb,
  actor: Actor,
  bytes: Uint8Array,
  name: string,
): Promise<FileInspection> {
  const verdict = readExchangeFile(bytes, name)
  if (!verdict.ok) return { ok: false, message: verdict.message }
  const preview = await previewImport(db, verdict.pkg, actor)
  if (preview.problem) return { ok: false, message: preview.problem.bilingual }
  return {
    ok: true,
    pkg: verdict.pkg,
    preview,
    warnings: verdict.warnings,
    suspiciousText: verdict.suspiciousText,
  }
}
