// Server accounts: one person, one unit, one role (the app's roles: entry, admin, leader, reviewer).
import { randomUUID } from 'node:crypto'
import { hashPassword } from '../auth/passwords'
import type { Database } from '../db/database'

export const ACCOUNT_ROLES = ['entry', 'admin', 'leader', 'reviewer'] as const
export type AccountRole = (typeof ACCOUNT_ROLES)[number]

export interface NewAccount {
  login: string
  name: string
  unitId: string
  role: AccountRole
  password: string
}

export const MIN_PASSWORD_LENGTH = 8

export async function addAccount(db: Database, a: NewAccount): Promise<string> {
  if (!ACCOUNT_ROLES.includes(a.role)) throw new Error(`role must be one of ${ACCOUNT_ROLES.join(', ')}`)
  if (a.password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  const id = randomUUID()
  const hash = await hashPassword(a.password)
  await db.asOwner((c) =>
    c.query(
      'insert into accounts (id, login, name, unit_id, role, password_hash) values ($1, $2, $3, $4, $5, $6)',
      [id, a.login, a.name, a.unitId, a.role, hash],
    ),
  )
  return id
}

export async function setPassword(db: Database, login: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  const hash = await hashPassword(password)
  await db.asOwner(async (c) => {
    const r = await c.query('update accounts set password_hash = $2 where login = $1', [login, hash])
    if (r.rowCount === 0) throw new Error(`no account ${login}`)
    await c.query('delete from sessions where account_id = (select id from accounts where login = $1)', [
      login,
    ])
  })
}

export async function setDisabled(db: Database, login: string, disabled: boolean): Promise<void> {
  await db.asOwner(async (c) => {
    const r = await c.query('update accounts set disabled = $2 where login = $1', [login, disabled])
    if (r.rowCount === 0) throw new Error(`no account ${login}`)
    if (disabled)
      await c.query('delete from sessions where account_id = (select id from accounts where login = $1)', [
        login,
      ])
  })
}
