// `npm run server -- <command>` (docs/server.md):
//   start [--migrate]                 serve the app and the API (the default command)
//   init [--app-password <pw>]        create the database, roles and schema from nothing
//   migrate                           apply new migrations
//   unit add --id <id> --name <name> [--parent <id>]
//   unit move --id <id> [--parent <id>]
//   account add --login <l> --name <n> --unit <id> --role entry|admin|leader|reviewer [--password <pw>]
//   account password --login <l> [--password <pw>]
//   account disable|enable --login <l>
//   seed <file.json>                  units and accounts from a file (server/admin/seed.ts), re-runnable
// Passwords: --password, else PL_PASSWORD in the environment, else the first line of stdin.
import { parseArgs } from 'node:util'
import { addAccount, setDisabled, setPassword, type AccountRole } from './admin/accounts'
import { readSeedFile, seed } from './admin/seed'
import { addUnit, moveUnit } from './admin/units'
import { buildApp } from './app'
import { configFromEnv } from './config'
import { ensureDatabase } from './db/create-database'
import { Database } from './db/database'
import { migrate } from './db/migrate'
import { setAppPassword } from './db/roles'

const OPTIONS = {
  migrate: { type: 'boolean' },
  'app-password': { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  parent: { type: 'string' },
  login: { type: 'string' },
  unit: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
} as const

function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  return url
}

function need(values: Record<string, unknown>, key: string): string {
  const v = values[key]
  if (typeof v !== 'string' || !v) throw new Error(`--${key} is required`)
  return v
}

async function readPassword(given: string | undefined): Promise<string> {
  if (given) return given
  if (process.env.PL_PASSWORD) return process.env.PL_PASSWORD
  if (process.stdin.isTTY) process.stderr.write('Password: ')
  let text = ''
  for await (const chunk of process.stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = new Database(databaseUrl(), 2)
  try {
    return await fn(db)
  } finally {
    await db.close()
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true })
  const [command = 'start', sub] = positionals
  switch (command) {
    case 'start': {
      const config = configFromEnv()
      if (values.migrate) {
        await ensureDatabase(config.databaseUrl)
        const applied = await migrate(config.databaseUrl)
        if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`)
      }
      const app = await buildApp(config, { logger: true })
      const stop = () => void app.close().then(() => process.exit(0))
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await app.listen({ port: config.port, host: config.host })
      return
    }
    case 'init': {
      const url = databaseUrl()
      if (await ensureDatabase(url)) console.log('database created')
      const applied = await migrate(url)
      console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'schema up to date')
      const appPassword = values['app-password'] ?? process.env.PL_APP_DB_PASSWORD
      if (appPassword) {
        await withDb(async (db) => {
          const client = await db.pool.connect()
          try {
            await setAppPassword(client, appPassword)
          } finally {
            client.release()
          }
        })
        const appUrl = new URL(url)
        appUrl.username = 'perf_app'
        appUrl.password = '***'
        console.log(
          `perf_app may log in now; give the server DATABASE_URL=${appUrl.toString()} (with that password)`,
        )
      }
      return
    }
    case 'migrate': {
      const applied = await migrate(databaseUrl())
      console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'schema up to date')
      return
    }
    case 'unit': {
      if (sub === 'add') {
        const unit = { id: need(values, 'id'), name: need(values, 'name'), parentId: values.parent ?? null }
        await withDb((db) => addUnit(db, unit))
        console.log(`unit ${unit.id} added`)
      } else if (sub === 'move') {
        await withDb((db) => moveUnit(db, need(values, 'id'), values.parent ?? null))
        console.log('unit moved')
      } else throw new Error('unit add|move')
      return
    }
    case 'account': {
      const login = need(values, 'login')
      if (sub === 'add') {
        const account = {
          login,
          name: need(values, 'name'),
          unitId: need(values, 'unit'),
          role: need(values, 'role') as AccountRole,
          password: await readPassword(values.password),
        }
        const id = await withDb((db) => addAccount(db, account))
        console.log(`account ${login} added (${id})`)
      } else if (sub === 'password') {
        const password = await readPassword(values.password)
        await withDb((db) => setPassword(db, login, password))
        console.log(`password of ${login} changed; its sessions are signed out`)
      } else if (sub === 'disable' || sub === 'enable') {
        await withDb((db) => setDisabled(db, login, sub === 'disable'))
        console.log(`account ${login} ${sub}d`)
      } else throw new Error('account add|password|disable|enable')
      return
    }
    case 'seed': {
      if (!sub) throw new Error('seed <file.json>')
      const file = readSeedFile(sub)
      const added = await withDb((db) => seed(db, file))
      console.log(`added ${added.units} units and ${added.accounts} accounts`)
      return
    }
    default:
      throw new Error(`unknown command: ${command}`)
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
