// The unit server for the sync browser tests (tests/e2e/sync-*.spec.ts), started by Playwright as
// its second webServer: the real server (server/app.ts) serving the built app on PW_SYNC_PORT,
// against a database of its own in the cluster at PL_TEST_DATABASE_URL. A control port beside it
// (PW_SYNC_PORT + 1) answers POST /reset: a fresh database with the units and accounts below, so
// that every spec file starts from the same server whatever ran before it.
//   node --import tsx tests/e2e/sync-server.ts <built app folder>
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import pg from 'pg'
import { addAccount } from '../../server/admin/accounts'
import { addUnit } from '../../server/admin/units'
import { buildApp } from '../../server/app'
import { Database } from '../../server/db/database'
import { migrate } from '../../server/db/migrate'
import { readPackage } from '../../src/domain/exchange/read'
import { COUNTY, COUNTY_SHEETS, E2E_ACCOUNTS, E2E_PASSWORD, PREFECTURE } from './sync-world'

type App = Awaited<ReturnType<typeof buildApp>>

const base = process.env.PL_TEST_DATABASE_URL
if (!base) throw new Error('PL_TEST_DATABASE_URL is not set')
const port = Number(process.env.PW_SYNC_PORT ?? 4273)
const staticDir = process.argv[2] ?? 'dist'

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: base })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

/** The county's sheets, as a county administrator's device would have uploaded them. */
function countyRows(): { table: string; id: string; data: Record<string, unknown> }[] {
  // Read as the app reads the file: the rows hold the model (a parsed target, not the file's text).
  const read = readPackage(JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')))
  if (!read.ok) throw new Error('the sample package does not read')
  const template = read.pkg.sheets.find((s) => s.id === 'kz-2025-proj-1')!
  const now = new Date().toISOString()
  const meta = { createdAt: now, updatedAt: now, updatedBy: 'setup', deletedAt: null }
  return COUNTY_SHEETS.flatMap(({ id, name }) => {
    const { indicators, ...sheet } = template
    return [
      { table: 'sheets', id, data: { ...sheet, ...meta, id, unitId: COUNTY.id, name, status: 'draft' } },
      ...indicators.map((ind, order) => {
        const indId = `${id}-${String(ind.id)}`
        return {
          table: 'indicators',
          id: indId,
          data: { ...ind, ...meta, id: indId, sheetId: id, unitId: COUNTY.id, order },
        }
      }),
    ]
  })
}

let app: App | null = null
let dbName = ''

/** Closes the app even while browsers still hold event streams open (they never end by themselves). */
async function closeApp(): Promise<void> {
  if (!app) return
  const closing = app.close()
  app.server.closeAllConnections()
  await closing
  app = null
}

async function reset(): Promise<void> {
  await closeApp()
  if (dbName) await admin(`drop database if exists ${dbName} with (force)`)
  dbName = `pl_e2e_${process.pid}_${randomBytes(4).toString('hex')}`
  await admin(`create database ${dbName}`)
  const url = withDatabase(base!, dbName)
  await migrate(url)
  const owner = new Database(url, 2)
  try {
    for (const u of [PREFECTURE, COUNTY]) await addUnit(owner, u)
    for (const a of E2E_ACCOUNTS) await addAccount(owner, { ...a, name: a.name, password: E2E_PASSWORD })
  } finally {
    await owner.close()
  }
  // A superuser URL: the server then runs every request as perf_app (SET LOCAL ROLE), under RLS.
  app = await buildApp({ databaseUrl: url, port, host: '127.0.0.1', tls: null, staticDir, sessionHours: 12 })
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: 'county-admin', password: E2E_PASSWORD },
  })
  const token = (JSON.parse(login.body) as { token: string }).token
  const changes = countyRows().map((r) => ({ changeId: `setup-${r.id}`, op: 'put', ...r }))
  const pushed = await app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: { authorization: `Bearer ${token}` },
    payload: { deviceId: 'setup', changes },
  })
  const refused = (JSON.parse(pushed.body) as { results: { status: string }[] }).results.filter(
    (r) => r.status === 'refused',
  )
  if (pushed.statusCode !== 200 || refused.length) throw new Error(`county setup: ${pushed.body}`)
  await app.listen({ port, host: '127.0.0.1' })
}

async function stop() {
  await closeApp().catch(() => undefined)
  if (dbName) await admin(`drop database if exists ${dbName} with (force)`).catch(() => undefined)
  process.exit(0)
}
// A reset drops the previous database with its connections: a connection still closing then
// reports an error that must not end this process (it is logged in Playwright's output instead).
process.on('uncaughtException', (e) => console.error('[sync-e2e-server]', e))
process.on('unhandledRejection', (e) => console.error('[sync-e2e-server]', e))
process.once('SIGINT', () => void stop())
process.once('SIGTERM', () => void stop())

await reset()
createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/reset') {
    res.writeHead(404).end()
    return
  }
  reset().then(
    () => res.writeHead(204).end(),
    (e: unknown) => res.writeHead(500).end(String(e)),
  )
}).listen(port + 1, '127.0.0.1')
console.log(`sync e2e server on http://127.0.0.1:${port} (control ${port + 1}, database ${dbName})`)
