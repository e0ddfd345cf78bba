// A unit server in memory, as a fetch function: enough of docs/sync-protocol.md for the client's
// tests (put/patch with applied-once change ids, refusals with the server's row, pull by seq,
// blobs). The real server is tested in server/ and through the browser tests.
import { Dexie } from 'dexie'
import type { Account, PushChange, PushResult, ServerError } from '@/db/sync/types'

type Row = Record<string, unknown>

export interface FakeServer {
  fetch: typeof fetch
  rows: Map<string, { table: string; id: string; seq: number; row: Row }>
  blobs: Map<string, Blob>
  applied: Map<string, PushResult>
  pushes: PushChange[][]
  seq: number
  /** Return a reason to refuse a change. */
  refuse: ((change: PushChange, stored: Row | null) => ServerError | null) | null
  /** When set, the next push is applied but its response is lost (the fetch rejects). */
  loseNextResponse: boolean
  offline: boolean
  /** A write made by another device. */
  write(table: string, row: Row): void
}

export const ACCOUNT: Account = {
  id: 'acc-1',
  login: 'zhang',
  name: '张三(服务器)',
  unitId: 'kz-fed',
  role: 'admin',
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

export function fakeServer(account: Account = ACCOUNT): FakeServer {
  const server: FakeServer = {
    rows: new Map(),
    blobs: new Map(),
    applied: new Map(),
    pushes: [],
    seq: 0,
    refuse: null,
    loseNextResponse: false,
    offline: false,
    write(table, row) {
      server.seq += 1
      server.rows.set(`${table}/${row.id}`, {
        table,
        id: String(row.id),
        seq: server.seq,
        row: Dexie.deepClone(row),
      })
    },
    fetch: async (input, init) => {
      if (server.offline) throw new TypeError('Failed to fetch')
      const url = new URL(String(input), 'http://fake')
      const path = url.pathname
      const method = init?.method ?? 'GET'
      if (path === '/api/auth/login') return json({ token: 'tok', account })
      if (path === '/api/auth/logout') return new Response(null, { status: 204 })
      if (path === '/api/sync/push') {
        const body = JSON.parse(String(init!.body)) as { changes: PushChange[] }
        server.pushes.push(body.changes)
        const results = body.changes.map((c) => apply(server, c))
        if (server.loseNextResponse) {
          server.loseNextResponse = false
          throw new TypeError('network dropped the response')
        }
        return json({ results, seq: server.seq })
      }
      if (path === '/api/sync/pull') {
        const since = Number(url.searchParams.get('since'))
        const limit = Number(url.searchParams.get('limit') ?? 2000)
        const all = [...server.rows.values()].filter((r) => r.seq > since).sort((a, b) => a.seq - b.seq)
        const page = all.slice(0, limit)
        return json({ changes: page, next: page.at(-1)?.seq ?? since, more: all.length > limit })
      }
      if (path.startsWith('/api/blobs/')) {
        const sha = path.split('/').pop()!
        if (method === 'PUT') {
          server.blobs.set(sha, init!.body as Blob)
          return new Response(null, { status: 204 })
        }
        const blob = server.blobs.get(sha)
        return blob ? new Response(blob) : json({ error: { code: 'not_found', zh: '没有', en: 'none' } }, 404)
      }
      return json({ error: { code: 'not_found', zh: '没有', en: 'none' } }, 404)
    },
  }
  return server
}

function apply(server: FakeServer, c: PushChange): PushResult {
  const done = server.applied.get(c.changeId)
  if (done) return { ...done, status: 'duplicate' }
  const key = `${c.table}/${c.id}`
  const stored = server.rows.get(key)?.row ?? null
  const reason = server.refuse?.(c, stored)
  let result: PushResult
  if (reason) {
    result = { changeId: c.changeId, status: 'refused', reason, row: stored }
  } else {
    const row: Row = stored ? Dexie.deepClone(stored) : {}
    for (const [k, v] of Object.entries(c.data)) {
      if (c.op === 'put') row[k] = v
      else Dexie.setByKeyPath(row, k, v)
    }
    row.updatedBy = 'acc-1'
    row.updatedAt = new Date().toISOString() // server time, as the real server stamps it
    server.write(c.table, row)
    result = { changeId: c.changeId, status: 'applied', seq: server.seq }
  }
  server.applied.set(c.changeId, result)
  return result
}
