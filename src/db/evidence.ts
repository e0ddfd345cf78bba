// Entries that arrive with their evidence: the entry, every file and every audit entry are
// written in ONE transaction, so a full disk or a refused file leaves nothing half saved.
// Hashes are computed before the transaction (WebCrypto inside it would end it early).
import { newId } from '@/domain/ids'
import { resolveOwner, sha256Hex, writeAttachmentRows } from './attachments'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { assertSheetOpen, openIndicator } from './locks'
import { authorize } from './permissions'
import { progressRowFrom, type NewProgress } from './progress'
import type {
  Actor,
  AttachmentMetaRow,
  AttachmentOwnerKind,
  AuditRow,
  ProgressRow,
  SpendingRow,
} from './rows'
import { spendingRowFrom, type NewSpending } from './spending'
import { guardQuota } from './storage'
import { assertText } from './validate'
import { insertRow, writeTx } from './write'

/** A file to attach; `file.type` should already be the type read from its content. */
export interface EvidenceUpload {
  file: Blob
  name: string
}

async function hashAll(files: readonly EvidenceUpload[]): Promise<string[]> {
  files.forEach((f, i) => {
    assertText(f.name, `files[${i}].name`)
    if (!(f.file instanceof Blob))
      throw new ValidationError(`files[${i}]`, { zh: '附件必须是文件。', en: 'file must be a Blob or File.' })
  })
  return Promise.all(files.map((f) => sha256Hex(f.file)))
}

async function writeFiles(
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

/** A progress entry and its evidence files, all or nothing. */
export async function addProgressWithEvidence(
  db: LedgerDb,
  actor: Actor,
  entry: NewProgress,
  files: readonly EvidenceUpload[] = [],
): Promise<{ entry: ProgressRow; attachments: AttachmentMetaRow[] }> {
  const hashes = await hashAll(files)
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'progress.write')
      if (files.length) await authorize(db, actor, 'attachment.write')
      const ind = await openIndicator(db, entry.indicatorId)
      const row = progressRowFrom(
        { ...entry, id: entry.id ?? newId(), by: entry.by ?? who.name },
        ind.sheetId,
        ind.unitId,
      )
      const saved = await insertRow<ProgressRow>(db, who, 'progress', row)
      const owner = { kind: 'progress' as const, id: saved.id, unitId: saved.unitId, sheetId: saved.sheetId }
      return { entry: saved, attachments: await writeFiles(db, who, owner, files, hashes) }
    }),
  )
}

/** A spending entry and its vouchers, all or nothing. */
export async function addSpendingWithEvidence(
  db: LedgerDb,
  actor: Actor,
  entry: NewSpending,
  files: readonly EvidenceUpload[] = [],
): Promise<{ entry: SpendingRow; attachments: AttachmentMetaRow[] }> {
  const hashes = await hashAll(files)
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'spending.write')
      if (files.length) await authorize(db, actor, 'attachment.write')
      const sheet = await assertSheetOpen(db, entry.sheetId)
      const row = spendingRowFrom({ ...entry, id: entry.id ?? newId() }, sheet.unitId)
      const saved = await insertRow<SpendingRow>(db, who, 'spending', row)
      const owner = { kind: 'spending' as const, id: saved.id, unitId: saved.unitId, sheetId: saved.sheetId }
      return { entry: saved, attachments: await writeFiles(db, who, owner, files, hashes) }
    }),
  )
}

/** More files for an existing entry (or other owner), all in one transaction. */
export async function addEvidence(
  db: LedgerDb,
  actor: Actor,
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
  files: readonly EvidenceUpload[],
): Promise<AttachmentMetaRow[]> {
  const hashes = await hashAll(files)
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'attachment.write')
      const owner = await resolveOwner(db, ownerKind, ownerId)
      if (owner.sheetId) await assertSheetOpen(db, owner.sheetId)
      return writeFiles(db, who, { kind: ownerKind, id: ownerId, ...owner }, files, hashes)
    }),
  )
}

/** Many progress entries (a pasted month), all or nothing: one refused row writes none. */
export async function addProgressBatch(
  db: LedgerDb,
  actor: Actor,
  entries: readonly NewProgress[],
): Promise<ProgressRow[]> {
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'progress.write')
      const out: ProgressRow[] = []
      for (const entry of entries) {
        const ind = await openIndicator(db, entry.indicatorId)
        const row = progressRowFrom(
          { ...entry, id: entry.id ?? newId(), by: entry.by ?? who.name },
          ind.sheetId,
          ind.unitId,
        )
        out.push(await insertRow<ProgressRow>(db, who, 'progress', row))
      }
      return out
    }),
  )
}

/** The audit entries of an entry and of the files attached to it, newest first. */
export async function listEntryAudit(
  db: LedgerDb,
  table: 'progress' | 'spending',
  rowId: string,
): Promise<AuditRow[]> {
  const own = await db.audit.where('[table+rowId]').equals([table, rowId]).toArray()
  // An imported entry is logged in its import's one entry per sheet, which lists the ids it added.
  const row = (await db.table(table).get(rowId)) as { sheetId: string } | undefined
  const imports = row
    ? (await db.audit.where('[table+rowId]').equals([table, row.sheetId]).toArray()).filter((a) =>
        ((a.after as { ids?: string[] } | null)?.ids ?? []).includes(rowId),
      )
    : []
  const files = await db.attachmentMeta.where('[ownerKind+ownerId]').equals([table, rowId]).toArray()
  const fileLogs = await Promise.all(
    files.map((f) => db.audit.where('[table+rowId]').equals(['attachmentMeta', f.id]).toArray()),
  )
  return [...own, ...imports, ...fileLogs.flat()].sort((a, b) =>
    a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1,
  )
}
