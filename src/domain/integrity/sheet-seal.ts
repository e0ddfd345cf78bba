// The seal of a locked sheet: one canonical text of everything the lock freezes (targets, entries,
// spending, judgements, overrides, not-applicable marks, deviations), hashed with SHA-256 by the
// caller. Pure, so that the app at lock time, the app showing the sheet, and the prefecture
// reading the exchange file all compute it the same way from the same package.
import type { LedgerPackage } from '../types'

/** Keys that say how a sheet moves through review, not what it holds; the seal leaves them out. */
const SHEET_WORKFLOW_KEYS = new Set(['status', 'reviewComment', 'seal'])

/** JSON with object keys sorted and undefined dropped: one text per value, whatever built it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

/** What a seal covers, in parts, so that a broken seal can say which part changed. */
export const SEAL_PARTS = [
  'sheet',
  'progress',
  'spending',
  'judgements',
  'overrides',
  'notApplicable',
  'deviations',
] as const

export type SealPart = (typeof SEAL_PARTS)[number]

/** The sealed rows of `sheetId` per part, in canonical order; null when the package lacks the sheet. */
export function sealParts(pkg: LedgerPackage, sheetId: string): Record<SealPart, unknown> | null {
  const sheet = pkg.sheets.find((s) => s.id === sheetId)
  if (!sheet) return null
  const ids = new Set(sheet.indicators.map((i) => i.id))
  const ofSheet = <T extends { indicatorId: string }>(list: readonly T[] | undefined) =>
    (list ?? []).filter((r) => ids.has(r.indicatorId)).sort(byKey((r) => r.indicatorId))
  const targets = Object.fromEntries(Object.entries(sheet).filter(([k]) => !SHEET_WORKFLOW_KEYS.has(k)))
  return {
    sheet: targets,
    progress: pkg.progress.filter((e) => ids.has(e.indicatorId)).sort(byKey((e) => e.id)),
    spending: pkg.spending.filter((e) => e.sheetId === sheetId).sort(byKey((e) => e.id)),
    judgements: ofSheet(pkg.judgements),
    overrides: ofSheet(pkg.overrides),
    notApplicable: ofSheet(pkg.notApplicable),
    deviations: ofSheet(pkg.deviations),
  }
}

/** The canonical text the seal of `sheetId` is the hash of; null when the package lacks the sheet. */
export function sealContent(pkg: LedgerPackage, sheetId: string): string | null {
  const parts = sealParts(pkg, sheetId)
  return parts === null ? null : canonicalJson(parts)
}

/** One canonical text per part: their hashes, kept beside the seal, show which part changed. */
export function sealPartTexts(pkg: LedgerPackage, sheetId: string): Record<SealPart, string> | null {
  const parts = sealParts(pkg, sheetId)
  if (parts === null) return null
  return Object.fromEntries(SEAL_PARTS.map((p) => [p, canonicalJson(parts[p])])) as Record<SealPart, string>
}

/** The parts whose hash differs from the one kept at the lock (parts the lock did not keep are skipped). */
export function changedParts(
  kept: Partial<Record<string, string>>,
  now: Partial<Record<string, string>>,
): SealPart[] {
  return SEAL_PARTS.filter((p) => kept[p] !== undefined && kept[p] !== now[p])
}

export interface SheetSeal {
  sheetId: string
  /** SHA-256 of sealContent, lowercase hex. */
  sha256: string
  /** When the sheet was locked (ISO 8601). */
  lockedAt: string
}

export type SealCheck = { sheetId: string; state: 'intact' | 'broken' }

/**
 * Checks every seal a package carries against its own content; `hash` is SHA-256 to lowercase hex
 * (db/hashing.ts in the app). A sealed sheet missing from the package counts as broken.
 */
export async function verifyPackageSeals(
  pkg: LedgerPackage & { seals?: readonly SheetSeal[] },
  hash: (text: string) => Promise<string>,
): Promise<SealCheck[]> {
  const out: SealCheck[] = []
  for (const seal of pkg.seals ?? []) {
    const content = sealContent(pkg, seal.sheetId)
    const ok = content !== null && (await hash(content)) === seal.sha256
    out.push({ sheetId: seal.sheetId, state: ok ? 'intact' : 'broken' })
  }
  return out
}
