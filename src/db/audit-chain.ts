// The audit log as a hash chain: every entry holds its place (`seq`), the hash of the entry before
// it and a hash over its own content, so an entry edited, deleted or slipped into IndexedDB beside
// the app shows as a broken link. The hashing is SHA-256 from @noble/hashes, synchronous: chaining
// happens inside the write's transaction (an await on crypto.subtle per entry would let it close),
// it works where crypto.subtle is missing (plain-HTTP intranets), and the bytes are the same.
import { Dexie, type Transaction } from 'dexie'
import { canonicalJson } from '@/domain/integrity'
import type { LedgerDb } from './database'
import { toHex } from './hashing'
import type { AuditRow } from './rows'

type Hasher = (data: Uint8Array) => Uint8Array

/** The `prevHash` of the first entry. */
export const CHAIN_START = '0'.repeat(64)

let hasher: Hasher | null = null

/** Loads the hasher once (a separate chunk); after that chaining is synchronous. */
export async function loadChainHasher(): Promise<Hasher> {
  hasher ??= (await import('@noble/hashes/sha2')).sha256
  return hasher
}

export type Unchained = Omit<AuditRow, 'seq' | 'prevHash' | 'hash'>

/** SHA-256 over the entry's canonical text, everything but `hash` itself (seq and prevHash included). */
export function entryHash(h: Hasher, row: Omit<AuditRow, 'hash'> & { hash?: string }): string {
  const content: Record<string, unknown> = { ...row }
  delete content.hash
  return toHex(h(new TextEncoder().encode(canonicalJson(content))))
}

interface Head {
  seq: number
  hash: string
}

/** Per IndexedDB transaction: the chain's head as this transaction has left it. */
const heads = new WeakMap<object, Head>()

/**
 * Links `rows` onto the chain, in order; must run inside the write's transaction (IndexedDB runs
 * read-write transactions over the log one after the other, so the head read here stays the head).
 * It always makes one database request (the head): awaiting a helper that makes none would lose
 * Dexie's transaction zone. Overlapping appends of one transaction: whichever links first moves
 * the head kept per transaction, and the other links after it.
 */
export async function chainEntries(db: LedgerDb, rows: readonly Unchained[]): Promise<AuditRow[]> {
  const tx = Dexie.currentTransaction
  if (!tx) throw new Error('audit entries are chained inside the write transaction')
  const h = hasher ?? (await Dexie.waitFor(loadChainHasher()))
  const last = await db.audit.orderBy('seq').last()
  const key = tx.idbtrans as object
  const kept = heads.get(key)
  const read = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: CHAIN_START }
  const linked = link(h, rows, kept && kept.seq > read.seq ? kept : read)
  heads.set(key, linked.head)
  return linked.rows
}

function link(h: Hasher, rows: readonly Unchained[], start: Head): { rows: AuditRow[]; head: Head } {
  let head = start
  const out: AuditRow[] = []
  for (const row of rows) {
    const linked = { ...row, seq: head.seq + 1, prevHash: head.hash }
    const full = { ...linked, hash: entryHash(h, linked) } as AuditRow
    out.push(full)
    head = { seq: full.seq, hash: full.hash }
  }
  return { rows: out, head }
}

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

/**
 * Schema version 8: the entries written before the chain existed are chained in the upgrade, oldest
 * first (by time, then id), so that the whole log is covered and a loose entry means tampering.
 */
export async function chainExistingEntries(tx: Transaction): Promise<void> {
  const h = await Dexie.waitFor(loadChainHasher())
  const table = tx.table<AuditRow, string>('audit')
  const rows = await table.toArray()
  rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1))
  let prev = CHAIN_START
  rows.forEach((row, i) => {
    const linked = { ...row, seq: i + 1, prevHash: prev }
    Object.assign(row, linked, { hash: entryHash(h, linked) })
    prev = row.hash
  })
  await table.bulkPut(rows)
}
