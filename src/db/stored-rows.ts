// The stored rows with given ids, read in as few requests as a file's mostly new ids allow: used
// by the import (src/db/import-package.ts) and its scope (src/db/import-scope.ts).
import type { MergeTable } from '@/domain/exchange/merge-plan'
import type { LedgerDb } from './database'

export type RowLike = { id: string; deletedAt: string | null } & Record<string, unknown>

/** Below this many ids, one get per id; above, the stored keys in the ids' range are listed first. */
const FEW_IDS = 64

/**
 * The stored rows (deleted ones included) with these ids. A file's ids are mostly new: listing the
 * keys in their range is one request where 100,000 gets were 100,000; only the ids found are read.
 */
export async function storedRows(
  db: LedgerDb,
  table: Exclude<MergeTable, 'assessments'>,
  ids: readonly string[],
): Promise<RowLike[]> {
  const t = db.table<RowLike, string>(table)
  if (ids.length <= FEW_IDS) return (await t.bulkGet([...ids])).filter((r) => r !== undefined)
  let lo = ids[0]
  let hi = ids[0]
  for (const id of ids) {
    if (id < lo) lo = id
    if (id > hi) hi = id
  }
  const wanted = new Set(ids)
  const range = () => t.where(':id').between(lo, hi, true, true)
  const found = (await range().primaryKeys()).filter((k) => wanted.has(k))
  if (found.length === 0) return []
  // Many hits (a file imported again): one read of the range beats a get per row.
  if (found.length > FEW_IDS) return (await range().toArray()).filter((r) => wanted.has(r.id))
  return (await t.bulkGet(found)).filter((r) => r !== undefined)
}
