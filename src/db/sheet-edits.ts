// What the sheet editor saves in one go: the sheet's own fields and its indicators added, changed,
// reordered and removed. One transaction: everything is saved, or (on any refusal) nothing.
import type { Indicator } from '@/domain/types'
import type { LedgerDb } from './database'
import { addIndicator, deleteIndicator, updateIndicator } from './indicators'
import type { Actor } from './rows'
import { updateSheet, type SheetChanges } from './sheets'
import { writeTx } from './write'

export interface SheetEdits {
  sheet?: SheetChanges
  added: { indicator: Indicator; order: number }[]
  changed: { id: string; changes: Partial<Indicator> & { order?: number } }[]
  removed: string[]
}

export async function saveSheetEdits(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  edits: SheetEdits,
): Promise<void> {
  await writeTx(db, async () => {
    if (edits.sheet && Object.keys(edits.sheet).length > 0) await updateSheet(db, actor, sheetId, edits.sheet)
    for (const id of edits.removed) await deleteIndicator(db, actor, id)
    for (const { id, changes } of edits.changed) await updateIndicator(db, actor, id, changes)
    for (const { indicator, order } of edits.added) await addIndicator(db, actor, sheetId, indicator, order)
  })
}
