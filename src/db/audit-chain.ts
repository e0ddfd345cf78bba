// The audit log as a hash chain: every entry holds its place (`seq`), the hash of the entry before
// it and a hash over its own content, so an entry edited, deleted or slipped into IndexedDB beside
// the app shows as a broken link. The hashing is SHA-256 from @noble/hashes, synchronous: chaining
// happens inside the write's transaction (an await on crypto.subtle per entry would let it close),
// it works where crypto.subtle is missing (plain-HTTP intranets), and the bytes are the same.
// The check is in audit-chain-check.ts, loaded with the 操作日志 page.
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
