// Evidence files travelling in a .zip exchange bundle (src/domain/exchange/bundle.ts has the
// layout): the export reads the exported entries' files, the import checks every file against
// its sha256 before the write transaction opens (WebCrypto inside it would end it) and writes
// the attachments with their entries, in the import's own transaction.
import type { LedgerPackage } from '@/domain/types'
import { sha256Hex, writeAttachmentRows } from './attachments'
import type { LedgerDb } from './database'
import { LockedError, ValidationError } from './errors'
import { exportPackage, type ExportQuery } from './export-package'
import type { Actor, AttachmentOwnerKind } from './rows'
import { live } from './write'

/** The package and its evidence files' bytes by sha256, one consistent state of the database. */
export async function exportBundleContent(
  db: LedgerDb,
  q: ExportQuery = {},
): Promise<{ pkg: LedgerPackage; files: Map<string, Uint8Array> }> {
  const { pkg, blobs } = await db.transaction('r', db.tables, async () => {
    const pkg = await exportPackage(db, q)
    const ids = (pkg.attachments ?? []).map((a) => a.id)
    const rows = ids.length > 0 ? await db.attachmentBlobs.bulkGet(ids) : []
    return { pkg, blobs: rows }
  })
  const files = new Map<string, Uint8Array>()
  for (const [i, a] of (pkg.attachments ?? []).entries()) {
    const blob = blobs[i]?.blob
    if (blob && !files.has(a.sha256)) files.set(a.sha256, new Uint8Array(await blob.arrayBuffer()))
  }
  return { pkg, files }
}

/** How many evidence files the plain .json export of this query leaves out. */
export async function evidenceCount(db: LedgerDb, q: ExportQuery = {}): Promise<number> {
  return (await exportPackage(db, q)).attachments?.length ?? 0
}

/**
 * The bundle's files the package names, each re-hashed: a file whose bytes do not hash to its
 * name refuses the import (nothing is written). Files the package does not name are dropped.
 */
export async function verifyBundleFiles(
  pkg: LedgerPackage,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<Map<string, Blob>> {
  const out = new Map<string, Blob>()
  for (const [i, a] of (pkg.attachments ?? []).entries()) {
    const bytes = files.get(a.sha256)
    if (!bytes || out.has(a.sha256)) continue
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: a.type })
    if ((await sha256Hex(blob)) !== a.sha256) {
      throw new ValidationError(`attachments[${i}]`, {
        zh: `佐证文件“${a.name}”的内容与记录的 sha256 不符（文件已被改动或损坏），未导入任何内容。`,
        en: `The evidence file "${a.name}" does not match its recorded sha256 (it was altered or damaged); nothing was imported.`,
      })
    }
    out.set(a.sha256, blob)
  }
  return out
}

/** The entry an attachment belongs to, as the import leaves it. */
export interface EvidenceOwner {
  kind: Extract<AttachmentOwnerKind, 'progress' | 'spending'>
  unitId: string
  sheetId: string
  /** The name of the entry's sheet when it is locked here (its evidence is refused), else null. */
  lockedSheet: string | null
}

/**
 * Inside the import's transaction, before its entries are written (the owners are what the import
 * decided; a helper awaited after the bulk writes would find Dexie's zone gone): each attachment
 * whose file came with the bundle, unless its entry already holds a live file with the same sha256.
 * Attachments without a file, or whose entry stays deleted here, are left out (a meta row needs its
 * Blob and a live owner).
 */
export async function writeBundleAttachments(
  db: LedgerDb,
  who: Actor,
  pkg: LedgerPackage,
  files: ReadonlyMap<string, Blob>,
  owners: ReadonlyMap<string, EvidenceOwner>,
): Promise<{ added: number; skipped: number }> {
  let added = 0
  let skipped = 0
  for (const a of pkg.attachments ?? []) {
    const file = files.get(a.sha256)
    const owner = owners.get(a.entryId)
    if (!file || !owner) continue
    const held = await db.attachmentMeta
      .where('[ownerKind+ownerId]')
      .equals([owner.kind, a.entryId])
      .toArray()
    if (held.some((m) => live(m) && m.sha256 === a.sha256)) {
      skipped++
      continue
    }
    if (owner.lockedSheet !== null) throw new LockedError(owner.sheetId, owner.lockedSheet)
    const idTaken = (await db.attachmentMeta.get(a.id)) !== undefined
    await writeAttachmentRows(
      db,
      who,
      {
        id: idTaken ? undefined : a.id,
        ownerKind: owner.kind,
        ownerId: a.entryId,
        unitId: owner.unitId,
        sheetId: owner.sheetId,
        file,
        name: a.name,
      },
      a.sha256,
    )
    added++
  }
  // Ends on a database read, so that the caller's awaits stay in the transaction (docs/database.md).
  await db.attachmentMeta.count()
  return { added, skipped }
}
