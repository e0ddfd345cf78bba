// Export of the exchange package, read in one transaction so that the file written is one
// consistent state of the database.
import type { Attachment, LedgerPackage, SentBy } from '@/domain/types'
import type { LedgerDb } from './database'
import { readLedgerPackage, type PackageQuery } from './ledger-package'
import { reportTextsOf } from './report-texts'
import type { AttachmentMetaRow } from './rows'
import { packageSeals } from './seal'
import { live } from './write'

export type ExportQuery = PackageQuery & {
  /** Written into the file as `sentBy`: the unit in use where it is exported. */
  sentBy?: SentBy
}

/**
 * The normalised package of the live rows asked for (all units and years by default), with the
 * metadata of the exported entries' evidence files (`attachments`, only when there is any).
 */
export async function exportPackage(db: LedgerDb, q: ExportQuery = {}): Promise<LedgerPackage> {
  const tables = [
    db.units,
    db.sheets,
    db.indicators,
    db.progress,
    db.spending,
    db.assessments,
    db.attachmentMeta,
    db.reportTexts,
    db.audit,
  ]
  return db.transaction('r', tables, async () => {
    const pkg = await readLedgerPackage(db, q)
    const rows = await entryAttachments(db, pkg)
    if (rows.length > 0) pkg.attachments = rows.map(attachmentOf)
    const texts = await reportTextsOf(
      db,
      pkg.sheets.map((s) => s.id),
    )
    if (texts.length > 0) pkg.reportTexts = texts
    const seals = await packageSeals(db, pkg)
    if (seals.length > 0) pkg.seals = seals
    if (q.sentBy) pkg.sentBy = { ...q.sentBy }
    return pkg
  })
}

/** Live evidence of the package's progress and spending entries, in a stable order. */
export async function entryAttachments(db: LedgerDb, pkg: LedgerPackage): Promise<AttachmentMetaRow[]> {
  const owners: [string, string][] = [
    ...pkg.progress.map((e): [string, string] => ['progress', e.id]),
    ...pkg.spending.map((e): [string, string] => ['spending', e.id]),
  ]
  if (owners.length === 0) return []
  const rows = await db.attachmentMeta.where('[ownerKind+ownerId]').anyOf(owners).toArray()
  return rows.filter(live).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function attachmentOf(row: AttachmentMetaRow): Attachment {
  return {
    id: row.id,
    entryId: row.ownerId,
    name: row.name,
    type: row.type,
    size: row.size,
    sha256: row.sha256,
  }
}
