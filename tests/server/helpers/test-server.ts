// A fresh database per test file (migrated from nothing, as `server init` does), a small unit tree
// with accounts, and the app itself, reached with fastify.inject (no port) or over loopback.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { inject } from 'vitest'
import { addAccount, type AccountRole } from '../../../server/admin/accounts'
import { addUnit } from '../../../server/admin/units'
import { buildApp } from '../../../server/app'
import { Database } from '../../../server/db/database'
import { migrate } from '../../../server/db/migrate'
import { setAppPassword } from '../../../server/db/roles'

/** 市总工会 with two counties below it. */
export const UNITS = [
  { id: 'pref', name: '市总工会', parentId: null },
  { id: 'c1', name: '甲县总工会', parentId: 'pref' },
  { id: 'c2', name: '乙县总工会', parentId: 'pref' },
] as const

export const ACCOUNTS: readonly { login: string; unitId: string; role: AccountRole }[] = [
  { login: 'c1-admin', unitId: 'c1', role: 'admin' },
  { login: 'c1-entry', unitId: 'c1', role: 'entry' },
  { login: 'c1-reviewer', unitId: 'c1', role: 'reviewer' },
  { login: 'c1-leader', unitId: 'c1', role: 'leader' },
  { login: 'c2-admin', unitId: 'c2', role: 'admin' },
  { login: 'pref-admin', unitId: 'pref', role: 'admin' },
  { login: 'pref-reviewer', unitId: 'pref', role: 'reviewer' },
]

export const passwordOf = (login: string) => `pw-${login}-123`
const APP_PASSWORD = 'perf-app-test-password'

/** JSON as the tests read it: shapes are asserted by the tests themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any

export interface Reply {
  status: number
  body: Loose
  headers: Record<string, unknown>
}

export interface TestServer {
  app: FastifyInstance
  /** Superuser URL of this file's database. */
  adminUrl: string
  /** perf_app's URL of this file's database, as production runs it. */
  appUrl: string
  accountIds: Record<string, string>
  login(login: string): Promise<string>
  api(token: string | null, method: string, url: string, body?: unknown): Promise<Reply>
  /** Runs SQL directly as perf_app with the account set (not through the server). */
  sqlAsApp<T>(login: string, fn: (c: pg.Client) => Promise<T>): Promise<T>
  close(): Promise<void>
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

export async function startTestServer(): Promise<TestServer> {
  const base = inject('pgUrl')
  const name = `pl_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const root = new pg.Client({ connectionString: base })
  await root.connect()
  await root.query(`create database ${name}`)
  await root.end()

  const adminUrl = withDatabase(base, name)
  await migrate(adminUrl)
  const owner = new Database(adminUrl, 2)
  const c = await owner.pool.connect()
  await setAppPassword(c, APP_PASSWORD)
  c.release()
  for (const u of UNITS) await addUnit(owner, u)
  const accountIds: Record<string, string> = {}
  for (const a of ACCOUNTS) {
    accountIds[a.login] = await addAccount(owner, { ...a, name: a.login, password: passwordOf(a.login) })
  }
  await owner.close()

  const appUrl = new URL(adminUrl)
  appUrl.username = 'perf_app'
  appUrl.password = APP_PASSWORD
  const app = await buildApp({
    databaseUrl: appUrl.toString(),
    port: 0,
    host: '127.0.0.1',
    tls: null,
    staticDir: '/nonexistent',
    sessionHours: 12,
  })

  const api: TestServer['api'] = async (token, method, url, body) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    })
    let parsed: unknown = res.body
    try {
      parsed = res.body ? JSON.parse(res.body) : null
    } catch {
      // not JSON (blob bytes)
    }
    return { status: res.statusCode, body: parsed, headers: res.headers }
  }

  return {
    app,
    adminUrl,
    appUrl: appUrl.toString(),
    accountIds,
    api,
    async login(login) {
      const r = await api(null, 'POST', '/api/auth/login', { login, password: passwordOf(login) })
      if (r.status !== 200) throw new Error(`login ${login}: ${r.status} ${JSON.stringify(r.body)}`)
      return r.body.token as string
    },
    async sqlAsApp(login, fn) {
      const client = new pg.Client({ connectionString: appUrl.toString() })
      await client.connect()
      try {
        await client.query('begin')
        await client.query("select set_config('app.account_id', $1, true)", [accountIds[login]])
        return await fn(client)
      } finally {
        await client.query('rollback').catch(() => {})
        await client.end()
      }
    },
    async close() {
      await app.close()
      const r = new pg.Client({ connectionString: base })
      await r.connect()
      await r.query(`drop database if exists ${name} with (force)`)
      await r.end()
    },
  }
}

let changeCounter = 0
/** A change with a fresh changeId. */
export function change(table: string, id: string, op: 'put' | 'patch', data: Record<string, unknown>) {
  changeCounter++
  return {
    changeId: `ch-${process.pid}-${changeCounter}-${randomBytes(3).toString('hex')}`,
    table,
    id,
    op,
    data,
  }
}

export const sheetRow = (id: string, unitId: string, year: number, extra: Record<string, unknown> = {}) => ({
  id,
  unitId,
  year,
  kind: 'department',
  name: `${unitId} ${year} 部门整体`,
  goals: ['目标一'],
  budget: { initial: '100', adjusted: '120' },
  funds: { fiscal: '100', other: '20' },
  scoring: {},
  status: 'draft',
  ...extra,
})

export const progressRow = (id: string, unitId: string, sheetId: string, value: string) => ({
  id,
  unitId,
  sheetId,
  indicatorId: `${sheetId}-i1`,
  date: '2025-03-01',
  value,
})

export const indicatorRow = (id: string, unitId: string, sheetId: string) => ({
  id,
  unitId,
  sheetId,
  order: 0,
  level1: '产出指标',
  level2: '数量指标',
  name: '培训人次',
  target: { op: '>=', value: '100', unit: '人次' },
  targetText: '≥100人次',
  weight: 20,
  measure: 'cumulative',
})

/** Pushes the changes as `token` and returns the results. */
export async function pushAs(s: TestServer, token: string, changes: unknown[]) {
  const r = await s.api(token, 'POST', '/api/sync/push', { deviceId: 'test-device', changes })
  if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body.results as {
    changeId: string
    status: string
    seq?: number
    reason?: { code: string; zh: string; en: string }
    row?: Loose
  }[]
}
