// Evidence files (佐证资料). Metadata and content live in two tables sharing one id, so
// listing evidence never loads a Blob and the Blob is never indexed. Content is immutable:
// a corrected file is a new attachment; the old one is soft-deleted. Files are written through
// evidence.ts (with their entry, or added to an owner later).
import { newId } from '@/domain/ids'
import { nowIso } from './audit'
import type { LedgerDb } from './database'
import { RecordNotFoundError } from './errors'
import { sha256, toHex } from './hashing'
import { assertSheetOpen } from './locks'
import { authorize } from './permissions'
import type { Actor, AttachmentBlobRow, AttachmentMetaRow, AttachmentOwnerKind } from './rows'
import { insertRow, live, softDeleteRow, writeTx } from './write'

export const OWNER_KINDS: readonly AttachmentOwnerKind[] = [
  'progress',
  'spending',
  'indicator',
  'sheet',
  'assessment',
]

export interface NewAttachment {
  ownerKind: AttachmentOwnerKind
  ownerId: string
  unitId: string
  file: Blob
  name: string
  /** Kept from an exchange file; a new id otherwise. */
  id?: string
}

export async function sha256Hex(blob: Blob): Promise<string> {
  return toHex(await sha256(new Uint8Array(await blob.arrayBuffer())))
}

/**
 * Inside a write transaction, after the caller has authorised `who` and checked the owner and its
 * sheet: the meta row (audited) and the Blob row (not audited: the meta's sha256 stands for it).
 */
export async function writeAttachmentRows(
  db: LedgerDb,
  who: Actor,
  input: NewAttachment & { sheetId: string | null },
  sha256: string,
): Promise<AttachmentMetaRow> {
  const id = input.id ?? newId()
  const meta = await insertRow<AttachmentMetaRow>(db, who, 'attachmentMeta', {
    id,
    unitId: input.unitId,
    sheetId: input.sheetId,
    ownerKind: input.ownerKind,
    ownerId: input.ownerId,
    name: input.name,
    type: input.file.type || 'application/octet-stream',
    size: input.file.size,
    sha256,
  })
  const now = nowIso()
  const blobRow: AttachmentBlobRow = {
    id,
    unitId: input.unitId,
    blob: input.file,
    createdAt: now,
    updatedAt: now,
    updatedBy: who.id,
    deletedAt: null,
  }
  await db.attachmentBlobs.add(blobRow)
  return meta
}

export async function listAttachments(
  db: LedgerDb,
  q: { ownerKind: AttachmentOwnerKind; ownerId: string },
): Promise<AttachmentMetaRow[]> {
  const rows = await db.attachmentMeta.where('[ownerKind+ownerId]').equals([q.ownerKind, q.ownerId]).toArray()
  return rows.filter(live).sort((a, b) => (a.id < b.id ? -1 : 1))
}

export async function getAttachmentMeta(db: LedgerDb, id: string): Promise<AttachmentMetaRow | undefined> {
  const meta = await db.attachmentMeta.get(id)
  return meta && live(meta) ? meta : undefined
}

/** Fetches the content of an attachment that came from a unit server without it (src/db/sync/blob-fetch.ts). */
export type MissingBlobSource = (db: LedgerDb, meta: AttachmentMetaRow) => Promise<Blob | undefined>
let missingBlobSource: MissingBlobSource | null = null
export function setMissingBlobSource(source: MissingBlobSource | null): void {
  missingBlobSource = source
}

/** The content, or undefined when the attachment does not exist or was deleted. */
export async function getAttachmentBlob(db: LedgerDb, id: string): Promise<Blob | undefined> {
  const meta = await getAttachmentMeta(db, id)
  if (!meta) return undefined
  return (await db.attachmentBlobs.get(id))?.blob ?? (await missingBlobSource?.(db, meta))
}

/** True when the stored content still hashes to the recorded sha256. */
export async function verifyAttachment(db: LedgerDb, id: string): Promise<boolean> {
  const meta = await db.attachmentMeta.get(id)
  const row = await db.attachmentBlobs.get(id)
  if (!meta || !row) throw new RecordNotFoundError('attachmentMeta', id)
  return (await sha256Hex(row.blob)) === meta.sha256
}

export async function deleteAttachment(
  db: LedgerDb,
  actor: Actor,
  id: string,
  reason?: string,
): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'attachment.write')
    const meta = await db.attachmentMeta.get(id)
    if (meta?.sheetId) await assertSheetOpen(db, meta.sheetId)
    await softDeleteRow(db, who, 'attachmentMeta', id, reason)
  })
}

export async function resolveOwner(
  db: LedgerDb,
  kind: AttachmentOwnerKind,
  id: string,
): Promise<{ unitId: string; sheetId: string | null }> {
  const row =
    kind === 'progress'
      ? await db.progress.get(id)
      : kind === 'spending'
        ? await db.spending.get(id)
        : kind === 'indicator'
          ? await db.indicators.get(id)
          : kind === 'assessment'
            ? await db.assessments.get(id)
            : await db.sheets.get(id)
  if (!row || row.deletedAt) throw new RecordNotFoundError(kind, id)
  const sheetId = kind === 'sheet' ? row.id : (row as { sheetId: string }).sheetId
  return { unitId: row.unitId, sheetId }
}
