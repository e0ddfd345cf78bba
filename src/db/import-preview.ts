// The summary shown before an import writes anything: what would be added, skipped and in
// conflict, and whether the rows would be accepted at all (permissions, locks, validation).
import type { Issue } from '@/domain/exchange'
import type { HeldGroup, UnitAnswer, UnitQuestion } from '@/domain/exchange/import-scope'
import type { MergePlan } from '@/domain/exchange/merge-plan'
import { readExchangeFile, type SuspiciousText } from '@/domain/exchange/read-file'
import type { LedgerPackage } from '@/domain/types'
import type { LedgerDb } from './database'
import { ValidationError, type Bilingual, type LedgerError } from './errors'
import { verifyBundleFiles } from './exchange-bundle'
import { labelConflicts, type ConflictLabel } from './import-labels'
import { checkImport } from './import-package'
import type { Actor } from './rows'
import { checkPackageSeals } from './seal'

export interface ImportPreview {
  plan: MergePlan
  /** Why the import would be refused even with every conflict kept as it is here; null when it would pass. */
  problem: LedgerError | null
  /** Rows the file may not write, per unit and reason: shown, then skipped. */
  held: HeldGroup[]
  /** Units the user must say are the same as one here, or another. */
  questions: UnitQuestion[]
  rekeyed: number
  /** Each conflict's unit, record and values by name, in the plan's order. */
  labels: ConflictLabel[]
}

export interface PreviewOptions {
  /** The unit in use: its own rows and its parents' are never written by a file. */
  asUnit?: string | null
  unitAnswers?: Readonly<Record<string, UnitAnswer>>
}

/**
 * Plans the merge and runs every check of the import (permission, locks, references, each row's
 * validity) with every conflict kept as it is here, in a read-only transaction: refusals show up in
 * the summary instead of after the user confirms, and nothing is written.
 */
export async function previewImport(
  db: LedgerDb,
  pkg: LedgerPackage,
  actor: Actor,
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const check = await checkImport(db, pkg, actor, options)
  const labels = await labelConflicts(db, check.pkg, check.plan.conflicts)
  const { plan, problem, held, questions, rekeyed } = check
  return { plan, problem, held, questions, rekeyed, labels }
}

/** A locked sheet of the file: its seal checked against the file's own rows, or no seal carried. */
export interface SheetSealLine {
  sheetId: string
  name: string
  unitName: string
  state: 'intact' | 'broken' | 'unsealed'
}

/**
 * The file's locked sheets and the seals it carries (export key `seals`), each checked against the
 * file's rows: a sheet changed after its lock, anywhere on the way, shows before anything is written.
 */
export async function fileSeals(pkg: LedgerPackage): Promise<SheetSealLine[]> {
  const checked = new Map((await checkPackageSeals(pkg)).map((c) => [c.sheetId, c.state]))
  const units = new Map(pkg.units.map((u) => [u.id, u.name]))
  const lines: SheetSealLine[] = pkg.sheets
    .filter((s) => s.status === 'locked' || checked.has(s.id))
    .map((s) => ({
      sheetId: s.id,
      name: s.name,
      unitName: units.get(s.unitId) ?? s.unitId,
      state: checked.get(s.id) ?? 'unsealed',
    }))
  // A seal whose sheet the file no longer has: what it sealed is gone.
  for (const [sheetId, state] of checked)
    if (!pkg.sheets.some((s) => s.id === sheetId)) lines.push({ sheetId, name: sheetId, unitName: '', state })
  return lines
}

export type FileInspection =
  | { ok: false; message: Bilingual }
  | {
      ok: true
      pkg: LedgerPackage
      preview: ImportPreview
      warnings: Issue[]
      suspiciousText: SuspiciousText[]
      /** A .zip bundle's evidence files by sha256; null for a plain .json file. */
      files: Map<string, Uint8Array> | null
      /** The package's attachments with their file in the bundle, and without. */
      evidence: { carried: number; missing: number }
      seals: SheetSealLine[]
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
  options: PreviewOptions = {},
): Promise<FileInspection> {
  const start = performance.now()
  let files: Map<string, Uint8Array> | null = null
  let verdict
  if (isZip(bytes)) {
    // On demand: the zip reader stays out of the page's first bundle.
    const { readBundle } = await import('@/domain/exchange/bundle')
    const bundle = readBundle(bytes)
    if (!bundle.ok) return { ok: false, message: bundle.message }
    files = bundle.files
    verdict = readExchangeFile(bundle.packageBytes, 'package.json')
  } else verdict = readExchangeFile(bytes, name)
  performance.measure('import:read', { start })
  if (!verdict.ok) return { ok: false, message: verdict.message }
  const attachments = verdict.pkg.attachments ?? []
  const carried = files ? attachments.filter((a) => files.has(a.sha256)).length : 0
  const evidence = { carried, missing: attachments.length - carried }
  if (files) {
    try {
      await verifyBundleFiles(verdict.pkg, files)
    } catch (e) {
      if (e instanceof ValidationError) return { ok: false, message: e.bilingual }
      throw e
    }
  }
  const checked = performance.now()
  const preview = await previewImport(db, verdict.pkg, actor, options)
  performance.measure('import:check', { start: checked })
  if (preview.problem) return { ok: false, message: preview.problem.bilingual }
  return {
    ok: true,
    pkg: verdict.pkg,
    preview,
    warnings: verdict.warnings,
    suspiciousText: verdict.suspiciousText,
    files,
    evidence,
    seals: await fileSeals(verdict.pkg),
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((b, i) => bytes[i] === b)
}
