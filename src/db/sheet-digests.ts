// Sheet digests (issue 9): each sheet's live progress and spending in the engine's shape, in one
// record. The all-unit comparison of a provincial year reads 400 digests instead of some 110,000
// rows; IndexedDB's cost is per record far more than per byte (a raw read of the year's
// entries on this machine: 529 ms as rows, 89 ms as 400 digests).
//
// A digest is derived data and never the truth: sheet-digest-middleware.ts deletes it in the
// transaction of any write to its sheet's rows, and whoever finds it missing rebuilds it here from
// the rows, in a transaction that reads the rows and writes the digest together.
import type { LedgerDb } from './database'
import type { ProgressRow, SheetDigestRow, SpendingRow } from './rows'
import { readSheetProgress, readSheetSpending } from './sheet-contents'
import { live } from './write'

/** The digest of one sheet's rows: live ones only, in the order given, with the fields the engine reads. */
export function digestOf(
  sheetId: string,
  progress: readonly ProgressRow[],
  spending: readonly SpendingRow[],
): SheetDigestRow {
  return {
    sheetId,
    progress: progress
      .filter(live)
      .map(({ id, indicatorId, date, value }) => ({ id, indicatorId, date, value })),
    // The source stays for the fund rows of the 自评表; absent means fiscal.
    spending: spending
      .filter(live)
      .map(({ id, sheetId, date, amount, source }) =>
        source ? { id, sheetId, date, amount, source } : { id, sheetId, date, amount },
      ),
  }
}

function digestsFromRows(db: LedgerDb, sheetIds: readonly string[]): Promise<SheetDigestRow[]> {
  return Promise.all(
    sheetIds.map((id) =>
      Promise.all([readSheetProgress(db, id), readSheetSpending(db, id)]).then(([progress, spending]) =>
        digestOf(id, progress, spending),
      ),
    ),
  )
}

/** Builds and stores the digests of `sheetIds` from their rows, whether or not they existed. */
export function buildSheetDigests(db: LedgerDb, sheetIds: readonly string[]): Promise<SheetDigestRow[]> {
  return db.transaction('rw', [db.progress, db.spending, db.sheetDigests], async () => {
    const digests = await digestsFromRows(db, sheetIds)
    await db.sheetDigests.bulkPut(digests)
    return digests
  })
}

/**
 * The digests of `sheetIds`, in that order: stored ones read, missing ones built. Not inside a
 * caller's transaction: a build writes.
 */
export async function sheetDigests(db: LedgerDb, sheetIds: readonly string[]): Promise<SheetDigestRow[]> {
  const stored = await db.sheetDigests.bulkGet([...sheetIds])
  return completeDigests(db, sheetIds, stored)
}

/** Fills the gaps of a bulkGet of `sheetIds` by building those digests. */
export async function completeDigests(
  db: LedgerDb,
  sheetIds: readonly string[],
  stored: readonly (SheetDigestRow | undefined)[],
): Promise<SheetDigestRow[]> {
  const missing = sheetIds.filter((_, i) => !stored[i])
  if (missing.length === 0) return stored as SheetDigestRow[]
  // Storing them is only a saving: when it fails (a full disk), they are worked out and not kept.
  const built = new Map(
    (
      await buildSheetDigests(db, missing).catch(() =>
        db.transaction('r', [db.progress, db.spending], () => digestsFromRows(db, missing)),
      )
    ).map((d) => [d.sheetId, d]),
  )
  return sheetIds.map((id, i) => stored[i] ?? built.get(id)!)
}
