// The 数据 page's lasting record of imports: what each import added, changed and skipped, and why.
// Kept as one device setting (the newest first, at most HISTORY_LIMIT entries), written in the
// import's own transaction so that an import and its record land together or not at all.
import type { HeldGroup } from '@/domain/exchange/import-scope'
import type { MergeCounts } from '@/domain/exchange/merge-plan'
import { nowIso } from './audit'
import type { LedgerDb } from './database'
import type { Actor } from './rows'
import { getSetting, writeSetting } from './settings'

export const IMPORT_HISTORY_KEY = 'importHistory'
export const HISTORY_LIMIT = 50

export interface ImportHistoryEntry {
  at: string
  by: string
  file: string
  added: MergeCounts
  replaced: MergeCounts
  kept: MergeCounts
  skipped: MergeCounts
  duplicates: MergeCounts
  duplicatesKept: boolean
  held: HeldGroup[]
  rekeyed: number
  /** The preview's hints (warnings and notices), in the user's words when the import ran. */
  hints: { zh: string; en: string }[]
}

export async function listImportHistory(db: LedgerDb): Promise<ImportHistoryEntry[]> {
  return (await getSetting<ImportHistoryEntry[]>(db, IMPORT_HISTORY_KEY)) ?? []
}

/** Inside the import's write transaction, after it has authorised `actor`. */
export async function appendImportHistory(
  db: LedgerDb,
  actor: Actor,
  entry: Omit<ImportHistoryEntry, 'at' | 'by'>,
): Promise<ImportHistoryEntry> {
  const full = { ...entry, at: nowIso(), by: actor.name }
  // Read here, not through listImportHistory: a helper of a helper would lose the transaction.
  const row = await db.settings.get(IMPORT_HISTORY_KEY)
  const before = row && !row.deletedAt ? (row.value as ImportHistoryEntry[]) : []
  await writeSetting(db, actor, IMPORT_HISTORY_KEY, [full, ...before].slice(0, HISTORY_LIMIT))
  return full
}
