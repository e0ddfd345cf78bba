// Seals of locked sheets (domain/integrity/sheet-seal.ts): computed when the reviewer locks, kept
// in the lock's audit entry, checked by every page that shows the sheet and carried in the exchange
// file. In local-only mode nothing stops the device's user from editing IndexedDB; the seal is
// how such an edit shows (docs/security.md).
import { Dexie } from 'dexie'
import {
  changedParts,
  sealContent,
  sealPartTexts,
  verifyPackageSeals,
  type SealCheck,
  type SealPart,
} from '@/domain/integrity'
import type { LedgerPackage, SheetStatus } from '@/domain/types'
import type { LedgerDb } from './database'
import { sha256, toHex } from './hashing'
import { readLedgerPackage } from './ledger-package'
import type { AuditRow, SheetRow } from './rows'

/** SHA-256 of a text, lowercase hex. Inside a transaction the wait keeps it alive (Dexie.waitFor). */
export async function sha256Text(text: string): Promise<string> {
  const digest = sha256(new TextEncoder().encode(text))
  return toHex(await (Dexie.currentTransaction ? Dexie.waitFor(digest) : digest))
}

export interface SheetSealNow {
  seal: string
  /** SHA-256 per part (SEAL_PARTS), kept beside the seal to tell later which part changed. */
  parts: Record<SealPart, string>
}

/** The seal and its parts' hashes as stored now (what the lock keeps); null when the sheet is gone. */
export async function computeSealWithParts(
  db: LedgerDb,
  sheet: Pick<SheetRow, 'id' | 'unitId' | 'year'>,
  /** The sheet's unit-year as already read (the ledger store's package); read here when absent. */
  read?: LedgerPackage,
): Promise<SheetSealNow | null> {
  const pkg = read ?? (await readLedgerPackage(db, { unitId: sheet.unitId, year: sheet.year }))
  const content = sealContent(pkg, sheet.id)
  const texts = sealPartTexts(pkg, sheet.id)
  if (content === null || texts === null) return null
  const parts: Partial<Record<SealPart, string>> = {}
  for (const [part, text] of Object.entries(texts)) parts[part as SealPart] = await sha256Text(text)
  return { seal: await sha256Text(content), parts: parts as Record<SealPart, string> }
}

function statusOf(row: unknown): SheetStatus | undefined {
  return (row as { status?: SheetStatus } | null)?.status
}

/** The sheet's last audit entry that changed its status, if any. */
async function lastStatusEntry(db: LedgerDb, sheetId: string): Promise<AuditRow | undefined> {
  const rows = await db.audit.where('[table+rowId]').equals(['sheets', sheetId]).toArray()
  return rows
    .filter((r) => statusOf(r.after) !== undefined && statusOf(r.before) !== statusOf(r.after))
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1))
    .at(-1)
}

export type SealState = 'unsealed' | 'intact' | 'broken'

export interface SealReport {
  state: SealState
  /** Broken: the parts that differ from the lock's, when the lock kept its parts' hashes. */
  parts: SealPart[]
  /** Broken: the sheet's status changed with no audit entry (locked or unlocked behind the app). */
  statusUnrecorded: boolean
}

const report = (state: SealState, parts: SealPart[] = [], statusUnrecorded = false): SealReport => ({
  state,
  parts,
  statusUnrecorded,
})

/**
 * Whether the sheet still holds what its lock sealed, and where it differs. Broken also when its
 * status changed with no audit entry: locked with no lock on record after the last change, or
 * unlocked the same way. 'unsealed': not locked, or locked before seals existed or elsewhere (an
 * imported locked sheet, a lock pulled from the unit server).
 */
export async function checkSheetSeal(db: LedgerDb, sheetId: string, read?: LedgerPackage): Promise<SealReport> {
  const sheet = await db.sheets.get(sheetId)
  if (!sheet || sheet.deletedAt) return report('unsealed')
  const last = await lastStatusEntry(db, sheetId)
  if (sheet.status !== 'locked')
    return statusOf(last?.after) === 'locked' ? report('broken', [], true) : report('unsealed')
  if (!last) return report('unsealed')
  if (statusOf(last.after) !== 'locked') return report('broken', [], true)
  if (!last.seal) return report('unsealed')
  const own = read?.sheets.some((s) => s.id === sheetId && s.unitId === sheet.unitId && s.year === sheet.year)
  const now = await computeSealWithParts(db, sheet, own ? read : undefined)
  if (now?.seal === last.seal) return report('intact')
  return report('broken', now ? changedParts(last.sealParts ?? {}, now.parts) : [])
}

export async function verifySheetSeal(db: LedgerDb, sheetId: string): Promise<SealState> {
  return (await checkSheetSeal(db, sheetId)).state
}

/** The seals of the package's locked sheets, for the exchange file (only those locked here, with one). */
export async function packageSeals(db: LedgerDb, pkg: LedgerPackage): Promise<NonNullable<LedgerPackage['seals']>> {
  const out: NonNullable<LedgerPackage['seals']> = []
  for (const sheet of pkg.sheets) {
    if (sheet.status !== 'locked') continue
    const last = await lastStatusEntry(db, sheet.id)
    if (last?.seal && statusOf(last.after) === 'locked') out.push({ sheetId: sheet.id, sha256: last.seal, lockedAt: last.at })
  }
  return out
}

/** The check of an exchange file's seals (for the import preview): each sealed sheet intact or broken. */
export function checkPackageSeals(pkg: LedgerPackage): Promise<SealCheck[]> {
  return verifyPackageSeals(pkg, sha256Text)
}
