// Which writes the outbox middleware records. Recording is on only while the device is connected
// to a unit server (a flag in memory, set at start-up from the saved connection), and never for
// the transactions the sync client itself runs to apply the server's rows: those are marked, so
// what came from the server is not sent back to it.
import { Dexie } from 'dexie'

const recordingDbs = new WeakSet<Dexie>()
const unrecorded = new WeakSet<object>()
const listeners = new WeakMap<Dexie, Set<() => void>>()

export function setRecording(db: Dexie, on: boolean): void {
  if (on) recordingDbs.add(db)
  else recordingDbs.delete(db)
}

export function isRecording(db: Dexie): boolean {
  return recordingDbs.has(db)
}

/** The middleware's view of a transaction (the IDBTransaction Dexie passes down the DBCore stack). */
export function isUnrecorded(trans: object): boolean {
  return unrecorded.has(trans)
}

/**
 * Runs `fn` in a read-write transaction whose writes the outbox middleware ignores. Must not be
 * nested in another transaction: the mark would then apply to the outer one's writes too.
 */
export function runUnrecorded<T>(db: Dexie, tables: readonly string[], fn: () => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction) throw new Error('runUnrecorded must start its own transaction')
  return db.transaction('rw', [...tables], async (tx) => {
    unrecorded.add(tx.idbtrans)
    return fn()
  })
}

/** Called after a transaction that recorded changes has committed (the sync client pushes then). */
export function onRecorded(db: Dexie, listener: () => void): () => void {
  const set = listeners.get(db) ?? new Set()
  listeners.set(db, set)
  set.add(listener)
  return () => set.delete(listener)
}

export function notifyRecorded(db: Dexie): void {
  for (const listener of listeners.get(db) ?? []) listener()
}
