// Evidence files written with the entry they prove (addProgress, addSpending) or added to an
// existing owner later (addEvidence): the entry, every file and every audit entry are written in
// ONE transaction, so a full disk or a refused file leaves nothing half saved. Hashes are computed
// before the transaction (WebCrypto inside it would end it early).
import { OWNER_KINDS, resolveOwner, sha256Hex, writeAttachmentRows } from './attachments'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { assertSheetOpen } from './locks'
import { authorize } from './permissions'
import type { Actor, AttachmentMetaRow, AttachmentOwnerKind } from './rows'
import { guardQuota } from './storage'
import { assertId, assertOneOf, assertText } from './validate'
import { writeTx } from './write'

/** A file to attach; `file.type` should already be the type read from its content. */
export interface EvidenceUpload {
  file: Blob
  name: string
}

/** Checks the files and hashes them: call before the write transaction opens. */
export async function hashEvidence(files: readonly EvidenceUpload[]): Promise<string[]> {
  files.forEach((f, i) => {
    assertText(f.name, `files[${i}].name`)
    if (!(f.file instanceof Blob))
      throw new ValidationError(`files[${i}]`, { zh: '附件必须是文件。', en: 'file must be a Blob or File.' })
  })
  return Promise.all(files.map((f) => sha256Hex(f.file)))
}

/** Writes the files' rows for their owner; inside the owner's write transaction. */
export async function writeEvidence(
  db: LedgerDb,
  who: Actor,
  owner: { kind: AttachmentOwnerKind; id: string; unitId: string; sheetId: string | null },
  files: readonly EvidenceUpload[],
  hashes: readonly string[],
): Promise<AttachmentMetaRow[]> {
  const out: AttachmentMetaRow[] = []
  for (const [i, f] of files.entries()) {
    out.push(
      await writeAttachmentRows(
        db,
        who,
        {
          ownerKind: owner.kind,
          ownerId: owner.id,
          unitId: owner.unitId,
          sheetId: owner.sheetId,
          file: f.file,
          name: f.name,
        },
        hashes[i]!,
      ),
    )
  }
  return out
}

/** An entry as saved, with the metadata of the files written with it. */
export interface SavedEntry<R> {
  entry: R
  attachments: AttachmentMetaRow[]
}

/** More files for an existing entry (or other owner), all in one transaction. */
export async function addEvidence(
  db: LedgerDb,
  actor: Actor,
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
  files: readonly EvidenceUpload[],
): Promise<AttachmentMetaRow[]> {
  assertOneOf(ownerKind, OWNER_KINDS, 'ownerKind')
  assertId(ownerId, 'ownerId')
  const hashes = await hashEvidence(files)
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'attachment.write')
      const owner = await resolveOwner(db, ownerKind, ownerId)
      if (owner.sheetId) await assertSheetOpen(db, owner.sheetId)
      return writeEvidence(db, who, { kind: ownerKind, id: ownerId, ...owner }, files, hashes)
    }),
  )
}
