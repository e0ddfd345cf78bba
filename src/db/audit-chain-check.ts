// The audit chain's check, for the 操作日志 page: apart from audit-chain.ts, which every write
// needs, so that it is not in the first load.
import type { LedgerDb } from './database'
import { CHAIN_START, entryHash, loadChainHasher } from './audit-chain'

/** How the chain is broken at its first bad entry. */
export type ChainBreakKind =
  /** The entry's content no longer matches its hash. */
  | 'edited'
  /** Entries before this one are gone (its place number skips). */
  | 'missing'
  /** The entry does not point at the one before it, or has no place in the chain at all. */
  | 'inserted'

export interface ChainBreak {
  kind: ChainBreakKind
  /** The audit entry where the chain first fails. */
  entryId: string
  /** Its place in the chain (the one it should have for 'missing'); null when it has none. */
  seq: number | null
  at: string
}

export interface ChainCheck {
  /** Entries read. */
  entries: number
  firstBreak: ChainBreak | null
}

/** Entries read per request while verifying (a provincial log has 100,000s). */
const PAGE = 2_000

/**
 * Walks the chain from its first entry and returns the first broken link. The last entries
 * deleted together leave no gap behind them: the chain alone cannot see that (docs/security.md).
 */
export async function verifyAuditChain(db: LedgerDb): Promise<ChainCheck> {
  const h = await loadChainHasher()
  let expected = 1
  let prev = CHAIN_START
  let entries = 0
  for (;;) {
    const page = await db.audit.where('seq').aboveOrEqual(expected).limit(PAGE).toArray()
    for (const row of page) {
      entries += 1
      const at = { entryId: row.id, at: row.at }
      if (row.seq > expected) return { entries, firstBreak: { kind: 'missing', seq: expected, ...at } }
      if (row.seq < expected || row.prevHash !== prev)
        return { entries, firstBreak: { kind: 'inserted', seq: row.seq, ...at } }
      if (entryHash(h, row) !== row.hash) return { entries, firstBreak: { kind: 'edited', seq: row.seq, ...at } }
      prev = row.hash
      expected += 1
    }
    if (page.length < PAGE) break
  }
  // An entry without a place is not in the seq index: only the count shows it.
  const total = await db.audit.count()
  if (total === entries) return { entries, firstBreak: null }
  const loose = await db.audit.filter((r) => typeof r.seq !== 'number').toArray()
  const first = loose.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))[0]
  return {
    entries: total,
    firstBreak: first ? { kind: 'inserted', entryId: first.id, seq: null, at: first.at } : null,
  }
}
