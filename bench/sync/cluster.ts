// The bench's own PostgreSQL cluster and server processes: a throwaway cluster on 127.0.0.1
// (scripts/pg-throwaway.sh), one database per scenario migrated from nothing, and the unit server
// started as its own process (`npm run server`'s entry) so that its RSS can be read.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { addAccount, type AccountRole } from '../../server/admin/accounts'
import { addUnit, type NewUnit } from '../../server/admin/units'
import { Database } from '../../server/db/database'
import { migrate } from '../../server/db/migrate'
import { setAppPassword } from '../../server/db/roles'

export const PG_PORT = Number(process.env.BENCH_SYNC_PG_PORT ?? 55440)
export const APP_PASSWORD = 'bench-sync-app-password'
export const passwordOf = (login: string) => `pw-${login}-bench`

export function startCluster(): string {
  const out = execFileSync('bash', ['scripts/pg-throwaway.sh', 'start', String(PG_PORT)], {
    encoding: 'utf8',
  })
  const url = /DATABASE_URL=(\S+)/.exec(out)?.[1]
  if (!url) throw new Error(`no cluster: ${out}`)
  return url
}

export function stopCluster(): void {
  execFileSync('bash', ['scripts/pg-throwaway.sh', 'stop', String(PG_PORT)])
}

export function withDatabase(url: string, name: string, user?: { name: string; password: string }): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  if (user) {
    u.username = user.name
    u.password = user.password
  }
  return u.toString()
}

export interface BenchDb {
  adminUrl: string
  appUrl: string
  accountIds: Record<string, string>
}

/** A new database with the schema, the given units and accounts (password: passwordOf(login)). */
export async function createBenchDb(
  base: string,
  name: string,
  units: NewUnit[],
  accounts: { login: string; unitId: string; role: AccountRole }[],
): Promise<BenchDb> {
  const root = new pg.Client({ connectionString: base })
  await root.connect()
  await root.query(`drop database if exists ${name} with (force)`)
  await root.query(`create database ${name}`)
  await root.end()
  const adminUrl = withDatabase(base, name)
  await migrate(adminUrl)
  const owner = new Database(adminUrl, 2)
  const c = await owner.pool.connect()
  await setAppPassword(c, APP_PASSWORD)
  c.release()
  for (const u of units) await addUnit(owner, u)
  const accountIds: Record<string, string> = {}
  for (const a of accounts) {
    accountIds[a.login] = await addAccount(owner, { ...a, name: a.login, password: passwordOf(a.login) })
  }
  await owner.close()
  return {
    adminUrl,
    appUrl: withDatabase(base, name, { name: 'perf_app', password: APP_PASSWORD }),
    accountIds,
  }
}

export interface ServerProcess {
  base: string
  child: ChildProcess
  stop(): Promise<void>
  rssKb(): { rss: number; peak: number }
}

/** Starts the server as a child process on 127.0.0.1:port and waits for /api/health. */
export async function startServer(databaseUrl: string, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'start'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const r = await fetch(`${base}/api/health`)
      if (r.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill()
      throw new Error('server did not start within 30 s')
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    base,
    child,
    rssKb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
      return { rss: kb('VmRSS'), peak: kb('VmHWM') }
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        const t = setTimeout(() => child.kill('SIGKILL'), 5000)
        child.once('exit', () => {
          clearTimeout(t)
          resolve()
        })
        child.kill('SIGTERM')
      })
    },
  }
}
