// Sessions: a random token given to the client (cookie or bearer), only its SHA-256 kept in the
// database, with an expiry; signing out deletes the row.
import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../db/database'

export interface Account {
  id: string
  login: string
  name: string
  unitId: string
  role: 'entry' | 'admin' | 'leader' | 'reviewer'
}

export const SESSION_COOKIE = 'pl_session'

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createSession(
  db: Database,
  accountId: string,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + hours * 3600_000)
  await db.asAccount(accountId, async (c) => {
    await c.query('delete from sessions where account_id = $1 and expires_at < now()', [accountId])
    await c.query('insert into sessions (token_hash, account_id, expires_at) values ($1, $2, $3)', [
      tokenHash(token),
      accountId,
      expiresAt,
    ])
  })
  return { token, expiresAt }
}

/** The live account of a token, or null (unknown, expired, or the account disabled). */
export async function sessionAccount(db: Database, token: string): Promise<Account | null> {
  return db.asAccount(null, async (c) => {
    const { rows } = await c.query<Account>(
      `select a.id, a.login, a.name, a.unit_id as "unitId", a.role
       from sessions s join accounts a on a.id = s.account_id
       where s.token_hash = $1 and s.expires_at > now() and not a.disabled`,
      [tokenHash(token)],
    )
    return rows[0] ?? null
  })
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.asAccount(null, (c) => c.query('delete from sessions where token_hash = $1', [tokenHash(token)]))
}
