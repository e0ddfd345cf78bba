// A fresh device's initial sync, as the protocol runs it in Node: pull pages of the year (2,000 rows a
// page, as src/db/sync/pull.ts does) and put each page into the app's own Dexie database (LedgerDb
// on fake-indexeddb, one transaction a page). Floor: one plain HTTP GET of the same rows as a static
// JSON body plus one raw IndexedDB transaction putting them (no Dexie, no server, no paging).
import 'fake-indexeddb/auto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { LedgerDb } from '../../src/db/database'
import type { Device, PulledChange } from './api-client'
import { ms, now } from './stats'

const PAGE = 2000

async function pullAll(device: Device, year: number): Promise<PulledChange[]> {
  const all: PulledChange[] = []
  let since = 0
  for (let i = 0; i < 1000; i++) {
    const page = await device.pull(since, { year, limit: PAGE })
    all.push(...page.changes)
    if (!page.more || page.next === since) break
    since = page.next
  }
  return all
}

/** One fresh device: every page pulled and applied; returns ms and the number of rows it holds. */
export async function initialSyncOnce(
  device: Device,
  year: number,
  name: string,
): Promise<{ ms: number; rows: number }> {
  const db = new LedgerDb(name)
  await db.open()
  const t0 = now()
  let since = 0
  for (let i = 0; i < 1000; i++) {
    const page = await device.pull(since, { year, limit: PAGE })
    const byTable = new Map<string, Record<string, unknown>[]>()
    for (const c of page.changes) {
      const list = byTable.get(c.table) ?? []
      list.push(c.row)
      byTable.set(c.table, list)
    }
    const tables = [...byTable.keys()].map((t) => db.table(t))
    if (tables.length)
      await db.transaction('rw', tables, async () => {
        for (const [t, rows] of byTable) await db.table(t).bulkPut(rows)
      })
    if (!page.more || page.next === since) break
    since = page.next
  }
  const took = ms(t0)
  const rows = await db.table('progress').count()
  db.close()
  await db.delete()
  return { ms: took, rows }
}

function rawPut(name: string, tables: string[], rows: PulledChange[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1)
    open.onupgradeneeded = () => {
      for (const t of tables) open.result.createObjectStore(t, { keyPath: 'id' })
    }
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const idb = open.result
      if (!rows.length) {
        idb.close()
        return resolve()
      }
      const tx = idb.transaction(tables, 'readwrite')
      for (const r of rows) tx.objectStore(r.table).put(r.row)
      tx.oncomplete = () => {
        idb.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
  })
}

/** The floor: a static JSON body of the same rows over loopback HTTP, then one raw IDB transaction. */
export async function initialSyncFloor(
  device: Device,
  year: number,
  runs: number,
  name: string,
): Promise<number[]> {
  const all = await pullAll(device, year)
  const tables = [...new Set(all.map((r) => r.table))]
  const body = JSON.stringify(all)
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rows.json`
  const out: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      // The floor database is made (empty stores) before the clock starts, like the measured one.
      await rawPut(`${name}-${i}`, tables, [])
      const t0 = now()
      const rows = (await (await fetch(url)).json()) as PulledChange[]
      await rawPut(`${name}-${i}`, tables, rows)
      out.push(ms(t0))
      indexedDB.deleteDatabase(`${name}-${i}`)
    }
  } finally {
    server.close()
  }
  return out
}
