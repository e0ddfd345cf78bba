// Seals of locked sheets (domain/integrity/sheet-seal.ts): computed when the reviewer locks, kept
// in the lock's audit entry, checked by every page that shows the sheet and carried in the exchange
// file. In local-only mode nothing stops the device's user from editing IndexedDB; the seal is
// how such an edit shows (docs/security.md).
import { Dexie } from 'dexie'
import { sealContent, verifyPackageSeals, type SealCheck } from '@/domain/integrity'
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

/** The seal of the sheet as it is stored now; null when it is gone. */
export async function computeSeal(db: LedgerDb, sheet: Pick<SheetRow, 'id' | 'unitId' | 'year'>): Promise<string | null> {
  const pkg = await readLedgerPackage(db, { unitId: sheet.unitId, year: sheet.year })
  const content = sealContent(pkg, sheet.id)
  return content === null ? null : sha256Text(content)
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

/**
 * Whether the sheet still holds what its lock sealed. Broken also when its status changed with no
 * audit entry: locked with no lock on record after the last change, or unlocked the same way.
 * 'unsealed': not locked, or locked before seals existed or elsewhere (an imported locked sheet).
 */
export async function verifySheetSeal(db: LedgerDb, sheetId: string): Promise<SealState> {
  const sheet = await db.sheets.get(sheetId)
  if (!sheet || sheet.deletedAt) return 'unsealed'
  const last = await lastStatusEntry(db, sheetId)
  if (sheet.status !== 'locked') return statusOf(last?.after) === 'locked' ? 'broken' : 'unsealed'
  if (!last) return 'unsealed'
  if (statusOf(last.after) !== 'locked') return 'broken'
  if (!last.seal) return 'unsealed'
  return (await computeSeal(db, sheet)) === last.seal ? 'intact' : 'broken'
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
