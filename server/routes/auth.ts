// Sign in, sign out, who am I.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requestToken, requireAccount } from '../auth/current-account'
import { DUMMY_HASH, verifyPassword } from '../auth/passwords'
import { LoginRateLimit } from '../auth/rate-limit'
import { createSession, deleteSession, SESSION_COOKIE, type Account } from '../auth/sessions'
import { httpError } from '../errors'

declare module 'fastify' {
  interface FastifyInstance {
    loginLimit: LoginRateLimit
  }
}

function secure(req: FastifyRequest): boolean {
  return req.protocol === 'https'
}

function sessionCookie(req: FastifyRequest, token: string, maxAgeSeconds: number): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure(req) ? ['Secure'] : []),
  ].join('; ')
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  if (!app.hasDecorator('loginLimit')) app.decorate('loginLimit', new LoginRateLimit())

  app.post('/api/auth/login', async (req, reply: FastifyReply) => {
    const body = req.body as { login?: unknown; password?: unknown } | null
    const login = typeof body?.login === 'string' ? body.login.trim() : ''
    const password = typeof body?.password === 'string' ? body.password : ''
    if (!login || !password) throw httpError(400, 'bad_credentials')
    const wait = app.loginLimit.retryAfter(login, req.ip)
    if (wait > 0) throw httpError(429, 'rate_limited', { 'retry-after': String(Math.ceil(wait / 1000)) })

    const row = await app.db.asAccount(null, async (c) => {
      const { rows } = await c.query<Account & { hash: string; disabled: boolean }>(
        `select id, login, name, unit_id as "unitId", role, password_hash as hash, disabled
         from accounts where login = $1`,
        [login],
      )
      return rows[0] ?? null
    })
    const ok = await verifyPassword(password, row?.hash ?? DUMMY_HASH)
    if (!row || !ok || row.disabled) {
      app.loginLimit.fail(login, req.ip)
      throw httpError(401, 'bad_credentials')
    }
    app.loginLimit.succeed(login)
    const { token, expiresAt } = await createSession(app.db, row.id, app.config.sessionHours)
    const account: Account = {
      id: row.id,
      login: row.login,
      name: row.name,
      unitId: row.unitId,
      role: row.role,
    }
    reply.header('set-cookie', sessionCookie(req, token, Math.round(app.config.sessionHours * 3600)))
    return { token, expiresAt: expiresAt.toISOString(), account }
  })

  app.post('/api/auth/logout', async (req, reply) => {
    const token = requestToken(req)
    if (token) await deleteSession(app.db, token)
    reply.header('set-cookie', sessionCookie(req, '', 0))
    return reply.code(204).send()
  })

  app.get('/api/auth/me', async (req) => {
    const account = await requireAccount(req)
    const units = await app.db.asAccount(account.id, async (c) => {
      const { rows } = await c.query<{ data: unknown }>('select data from rows_units order by id')
      return rows.map((r) => r.data)
    })
    return { account, units }
  })
}
