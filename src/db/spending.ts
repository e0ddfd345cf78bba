import type { SpendingEntry } from '@/domain/types'
import { byDateThenId } from '@/domain/entry/entry-order'
import { newId } from '@/domain/ids'
import { FUND_SOURCES } from '@/domain/vocabulary'
import type { LedgerDb } from './database'
import { hashEvidence, writeEvidence, type EvidenceUpload, type SavedEntry } from './evidence'
import { assertSheetOpen } from './locks'
import { authorize } from './permissions'
import { guardQuota } from './storage'
import type { Actor, SpendingRow } from './rows'
import { assertAmount, assertDate, assertId, assertOneOf } from './validate'
import { ValidationError } from './errors'
import { checkRunningTotal } from '@/domain/entry/validate-spending'
import { insertRow, live, patchRow, pick, restoreRow, softDeleteRow, writeTx, type NewRow } from './write'

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
  assertAmount(e.amount, e.reason, field)
  if (e.source !== undefined) assertOneOf(e.source, FUND_SOURCES, `${field}.source`)
}

export function spendingRowFrom(e: SpendingEntry, unitId: string): NewRow<SpendingRow> {
  validateSpending(e)
  return { ...e, unitId }
}

export type NewSpending = Omit<SpendingEntry, 'id'> & { id?: string }

/** A spending entry and its vouchers (none by default), all or nothing. */
export async function addSpending(
  db: LedgerDb,
  actor: Actor,
  entry: NewSpending,
  files: readonly EvidenceUpload[] = [],
): Promise<SavedEntry<SpendingRow>> {
  const hashes = await hashEvidence(files)
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'spending.write')
      if (files.length) await authorize(db, actor, 'attachment.write')
      const sheet = await assertSheetOpen(db, entry.sheetId)
      const row = spendingRowFrom({ ...entry, id: entry.id ?? newId() }, sheet.unitId)
      await assertTotalNotNegative(db, row)
      const saved = await insertRow<SpendingRow>(db, who, 'spending', row)
      const owner = { kind: 'spending' as const, id: saved.id, unitId: saved.unitId, sheetId: saved.sheetId }
      return { entry: saved, attachments: await writeEvidence(db, who, owner, files, hashes) }
    }),
  )
}

/** A refund may not take the sheet's running total below zero (domain checkRunningTotal). */
async function assertTotalNotNegative(db: LedgerDb, e: SpendingEntry): Promise<void> {
  if (!e.amount.startsWith('-') && !(await db.spending.get(e.id))) return
  const problem = checkRunningTotal(await listSpending(db, { sheetId: e.sheetId }), e)
  if (problem)
    throw new ValidationError('spending.amount', {
      zh: `冲减后累计执行将低于零（${problem.params?.total} 万元），冲减不能超过已支出的金额。`,
      en: `After this refund the running total would fall below zero (${problem.params?.total} 万元); a refund cannot exceed what was spent.`,
    })
}

export type SpendingChanges = Partial<Pick<SpendingEntry, 'date' | 'amount' | 'note' | 'source' | 'reason'>>

export async function updateSpending(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: SpendingChanges,
): Promise<SpendingRow> {
  const picked = pick(changes, ['date', 'amount', 'note', 'source', 'reason'])
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'spending.write')
    const row = await db.spending.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    return patchRow<SpendingRow>(db, who, 'spending', id, picked, {
      validate: (after) => validateSpending(after),
    }).then(async (saved) => {
      await assertTotalNotNegative(db, saved)
      return saved
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
