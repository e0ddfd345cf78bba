import type { SpendingEntry } from '@/domain/types'
import { byDateThenId } from '@/domain/entry/entry-order'
import { newId } from '@/domain/ids'
import type { LedgerDb } from './database'
import { assertSheetOpen } from './locks'
import { authorize } from './permissions'
import { pick } from './progress'
import type { Actor, SpendingRow } from './rows'
import { assertDate, assertDecimal, assertId } from './validate'
import { insertRow, live, patchRow, restoreRow, softDeleteRow, writeTx, type NewRow } from './write'

export async function listSpending(
  db: LedgerDb,
  q: { sheetId: string; from?: string; to?: string; includeDeleted?: boolean },
): Promise<SpendingRow[]> {
  const rows = await db.spending
    .where('[sheetId+date]')
    .between([q.sheetId, q.from ?? '0000-00-00'], [q.sheetId, q.to ?? '9999-99-99'], true, true)
    .toArray()
  return rows.filter((r) => q.includeDeleted || live(r)).sort(byDateThenId)
}

export function validateSpending(e: SpendingEntry, field = 'spending'): void {
  assertId(e.id, `${field}.id`)
  assertId(e.sheetId, `${field}.sheetId`)
  assertDate(e.date, `${field}.date`)
  assertDecimal(e.amount, `${field}.amount`)
}

export function spendingRowFrom(e: SpendingEntry, unitId: string): NewRow<SpendingRow> {
  validateSpending(e)
  return { ...e, unitId }
}

export type NewSpending = Omit<SpendingEntry, 'id'> & { id?: string }

export async function addSpending(db: LedgerDb, actor: Actor, entry: NewSpending): Promise<SpendingRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'spending.write')
    const sheet = await assertSheetOpen(db, entry.sheetId)
    return insertRow<SpendingRow>(
      db,
      who,
      'spending',
      spendingRowFrom({ ...entry, id: entry.id ?? newId() }, sheet.unitId),
    )
  })
}

export type SpendingChanges = Partial<Pick<SpendingEntry, 'date' | 'amount' | 'note'>>

export async function updateSpending(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: SpendingChanges,
): Promise<SpendingRow> {
  const picked = pick(changes, ['date', 'amount', 'note'])
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'spending.write')
    const row = await db.spending.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    return patchRow<SpendingRow>(db, who, 'spending', id, picked, {
      validate: (after) => validateSpending(after),
    })
  })
}

export async function deleteSpending(db: LedgerDb, actor: Actor, id: string, reason?: string): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'spending.write')
    const row = await db.spending.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    await softDeleteRow(db, who, 'spending', id, reason)
  })
}

export async function restoreSpending(db: LedgerDb, actor: Actor, id: string): Promise<SpendingRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'spending.write')
    const row = await db.spending.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    return restoreRow<SpendingRow>(db, who, 'spending', id)
  })
}
