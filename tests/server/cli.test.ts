// The command line from nothing, as docs/server.md tells an administrator to run it: init creates
// the database, units and accounts are added (a password from stdin, a seed file), and `start
// --migrate` serves the API to which the new account signs in.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

let url: string
let dir: string
const name = `pl_cli_${process.pid}`

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url, PL_PASSWORD: '' },
    input,
    encoding: 'utf8',
  })
  return { code: r.status, out: r.stdout + r.stderr }
}

async function dropDb() {
  const c = new pg.Client({ connectionString: inject('pgUrl') })
  await c.connect()
  await c.query(`drop database if exists ${name} with (force)`)
  await c.end()
}

beforeAll(async () => {
  const u = new URL(inject('pgUrl'))
  u.pathname = `/${name}`
  url = u.toString()
  dir = mkdtempSync(join(tmpdir(), 'pl-cli-'))
  await dropDb()
})
afterAll(async () => {
  await dropDb()
  rmSync(dir, { recursive: true, force: true })
})

describe('server command line', { timeout: 120_000 }, () => {
  it('init creates the database and the schema; run again it has nothing to do', () => {
    const first = cli(['init'])
    expect(first.out).toContain('database created')
    expect(first.out).toContain(
      'migrations applied: 001-tables, 002-context, 003-triggers, 004-policies, 005-workflow',
    )
    expect(first.code).toBe(0)
    const again = cli(['init'])
    expect(again.out).toContain('schema up to date')
  })

  it('adds units, refuses an unknown parent, and adds an account with the password from stdin', () => {
    expect(cli(['unit', 'add', '--id', 'kzls', '--name', '克州总工会']).code).toBe(0)
    expect(cli(['unit', 'add', '--id', 'akt', '--name', '阿克陶县总工会', '--parent', 'kzls']).code).toBe(0)
    const orphan = cli(['unit', 'add', '--id', 'x', '--name', 'X', '--parent', 'nowhere'])
    expect(orphan.code).toBe(1)
    const short = cli(
      ['account', 'add', '--login', 'z', '--name', 'Z', '--unit', 'akt', '--role', 'entry'],
      'short\n',
    )
    expect(short.out).toContain('at least 8 characters')
    const ok = cli(
      ['account', 'add', '--login', 'zhang', '--name', '张三', '--unit', 'akt', '--role', 'entry'],
      'correct horse\n',
    )
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('account zhang added')
  })

  it('seeds from a file, leaving what exists alone', () => {
    const file = join(dir, 'seed.json')
    writeFileSync(
      file,
      JSON.stringify({
        units: [
          { id: 'kzls', name: '克州总工会' },
          { id: 'wqx', name: '乌恰县总工会', parentId: 'kzls' },
        ],
        accounts: [
          { login: 'zhang', name: '张三', unitId: 'akt', role: 'entry', password: 'whatever1' },
          { login: 'li', name: '李四', unitId: 'kzls', role: 'reviewer', password: 'reviewer-pw' },
        ],
      }),
    )
    const r = cli(['seed', file])
    expect(r.out).toContain('added 1 units and 1 accounts')
  })

  it('start --migrate serves the API; the account signs in and sees its unit', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'start', '--migrate'], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1' },
      stdio: 'ignore',
    })
    try {
      const base = `http://127.0.0.1:${port}`
      for (let i = 0; i < 100; i++) {
        const ok = await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
        if (ok) break
        await new Promise((r) => setTimeout(r, 200))
      }
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'zhang', password: 'correct horse' }),
      })
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token: string }
      const me = (await (
        await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        units: { id: string; name: string; parentId: string }[]
      }
      expect(me.units).toEqual([
        expect.objectContaining({ id: 'akt', name: '阿克陶县总工会', parentId: 'kzls' }),
      ])
    } finally {
      child.kill('SIGTERM')
    }
  })
})
