// Progress entries from the 进度填报 workbook, through the one batch write (addProgressBatch): rows
// whose stable key (domain/entry/workbook-entries.ts) is already an entry here are left out, so a
// file imported twice adds nothing the second time.
import type { GoodEntry } from '@/domain/entry/workbook-entries'
import type { LedgerDb } from './database'
import { addProgressBatch } from './progress'
import type { Actor, ProgressRow } from './rows'

export async function importWorkbookEntries(
  db: LedgerDb,
  actor: Actor,
  entries: readonly GoodEntry[],
): Promise<{ added: ProgressRow[]; skipped: number }> {
  const have = await db.progress.bulkGet(entries.map((e) => e.id))
  const fresh = entries.filter((_, i) => have[i] === undefined)
  const added =
    fresh.length === 0
      ? []
      : await addProgressBatch(
          db,
          actor,
          fresh.map(({ row: _row, ...entry }) => entry),
        )
  return { added, skipped: entries.length - fresh.length }
}
