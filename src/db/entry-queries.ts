// What the 填报 page follows live: a unit-year's entries (deleted ones too, for its recycle bin)
// and the metadata of their evidence. Blobs are never loaded here.
import { byDateThenId } from '@/domain/entry/entry-order'
import type { LedgerDb } from './database'
import type { AttachmentMetaRow, ProgressRow, SpendingRow } from './rows'

export interface UnitYearEntries {
  progress: ProgressRow[]
  spending: SpendingRow[]
  /** Live attachment metadata of the unit (all owners). */
  attachments: AttachmentMetaRow[]
}

/** Entries of the unit's sheets of that year, deleted ones included (they carry deletedAt). */
export async function listUnitYearEntries(
  db: LedgerDb,
  unitId: string,
  year: number,
): Promise<UnitYearEntries> {
  const sheets = await db.sheets.where('[unitId+year]').equals([unitId, year]).toArray()
  const sheetIds = sheets.filter((s) => !s.deletedAt).map((s) => s.id)
  const [progress, spending, attachments] = await Promise.all([
    db.progress.where('sheetId').anyOf(sheetIds).toArray(),
    Promise.all(
      sheetIds.map((id) =>
        db.spending
          .where('[sheetId+date]')
          .between([id, '0000-00-00'], [id, '9999-99-99'], true, true)
          .toArray(),
      ),
    ).then((lists) => lists.flat()),
    db.attachmentMeta.where('unitId').equals(unitId).toArray(),
  ])
  return {
    progress: progress.sort(byDateThenId),
    spending: spending.sort(byDateThenId),
    attachments: attachments.filter(
      (a) => !a.deletedAt && (a.sheetId === null || sheetIds.includes(a.sheetId)),
    ),
  }
}
