// The signed-in account of a request: `Authorization: Bearer <token>` or the pl_session cookie.
import type { FastifyRequest } from 'fastify'
import { httpError } from '../errors'
import { SESSION_COOKIE, sessionAccount, type Account } from './sessions'

export function requestToken(req: FastifyRequest): string | null {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE)
      return decodeURIComponent(part.slice(eq + 1).trim()) || null
  }
  return null
}

/** The account, or a 401 refusal. */
export async function requireAccount(req: FastifyRequest): Promise<Account> {
  const token = requestToken(req)
  const account = token ? await sessionAccount(req.server.db, token) : null
  if (!account) throw httpError(401, 'unauthenticated')
  return account
}
