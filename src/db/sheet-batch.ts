// Several sheets in one transaction, for a pasted text or an imported workbook holding more than
// one table: all are written, or (on any refusal) none.
import type { LedgerDb } from './database'
import { createSheet, type NewSheet, type SheetWithIndicators } from './sheets'
import type { Actor } from './rows'
import { writeTx } from './write'

export async function createSheets(
  db: LedgerDb,
  actor: Actor,
  inputs: readonly NewSheet[],
): Promise<SheetWithIndicators[]> {
  return writeTx(db, async () => {
    const saved: SheetWithIndicators[] = []
    // createSheet's own transaction nests in this one (same tables), so one failure undoes all.
    for (const input of inputs) saved.push(await createSheet(db, actor, input))
    return saved
  })
}
