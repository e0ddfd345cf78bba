// Progress entries and spending from the 进度填报 workbook: rows whose stable key
// (domain/entry/workbook-entries.ts, workbook-spending.ts) is already a row here are left out, so a
// file imported twice adds nothing the second time. Both sheets are written in one transaction,
// audited row by row, and refused as a whole when a row's sheet is submitted or locked.
import type { GoodEntry } from '@/domain/entry/workbook-entries'
import type { GoodSpending } from '@/domain/entry/workbook-spending'
import type { LedgerDb } from './database'
import { assertSheetOpen } from './locks'
import { authorize } from './permissions'
import { addProgressBatch } from './progress'
import type { Actor, ProgressRow, SpendingRow } from './rows'
import { spendingRowFrom } from './spending'
import { guardQuota } from './storage'
import { insertRow, writeTx } from './write'

export async function importWorkbookEntries(
  db: LedgerDb,
  actor: Actor,
  entries: readonly GoodEntry[],
): Promise<{ added: ProgressRow[]; skipped: number }> {
  const { added, skipped } = await importWorkbookFile(db, actor, { entries, spending: [] })
  return { added: added.entries, skipped }
}

/** The row keys of `ids` already stored (live or in the recycle bin): imported before. */
export async function storedWorkbookKeys(
  db: LedgerDb,
  ids: { entries: readonly string[]; spending: readonly string[] },
): Promise<Set<string>> {
  const [progress, spending] = await Promise.all([
    db.progress.bulkGet([...ids.entries]),
    db.spending.bulkGet([...ids.spending]),
  ])
  return new Set([...progress, ...spending].flatMap((r) => (r ? [r.id] : [])))
}

export async function importWorkbookFile(
  db: LedgerDb,
  actor: Actor,
  rows: { entries: readonly GoodEntry[]; spending: readonly GoodSpending[] },
): Promise<{ added: { entries: ProgressRow[]; spending: SpendingRow[] }; skipped: number }> {
  return guardQuota(() =>
    writeTx(db, async () => {
      // Inside the transaction, so that two tabs importing the same file cannot both add it.
      const stored = await storedWorkbookKeys(db, {
        entries: rows.entries.map((e) => e.id),
        spending: rows.spending.map((s) => s.id),
      })
      const freshEntries = rows.entries.filter((e) => !stored.has(e.id))
      const freshSpending = rows.spending.filter((s) => !stored.has(s.id))
      const entries =
        freshEntries.length === 0
          ? []
          : await addProgressBatch(
              db,
              actor,
              freshEntries.map(({ row: _row, ...entry }) => entry),
            )
      const spending: SpendingRow[] = []
      if (freshSpending.length > 0) {
        const who = await authorize(db, actor, 'spending.write')
        for (const entry of freshSpending.map(({ row: _row, ...s }) => s)) {
          const sheet = await assertSheetOpen(db, entry.sheetId)
          spending.push(
            await insertRow<SpendingRow>(db, who, 'spending', spendingRowFrom(entry, sheet.unitId)),
          )
        }
      }
      return {
        added: { entries, spending },
        skipped: rows.entries.length + rows.spending.length - freshEntries.length - freshSpending.length,
      }
    }),
  )
}
