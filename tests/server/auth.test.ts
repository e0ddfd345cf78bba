// Sign-in, sessions (cookie and bearer), expiry, sign-out, and the rate limit on failures.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwordOf, startTestServer, type TestServer } from './helpers/test-server'

let s: TestServer
beforeAll(async () => {
  s = await startTestServer()
})
afterAll(() => s.close())

describe('sessions', () => {
  it('signing in gives a token and an HttpOnly SameSite=Strict cookie; both work', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'c1-admin', password: passwordOf('c1-admin') },
    })
    expect(res.statusCode).toBe(200)
    const body = JSON.parse(res.body)
    expect(body.account).toEqual({
      id: s.accountIds['c1-admin'],
      login: 'c1-admin',
      name: 'c1-admin',
      unitId: 'c1',
      role: 'admin',
    })
    const cookie = String(res.headers['set-cookie'])
    expect(cookie).toContain(`pl_session=${body.token}`)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Max-Age=43200') // 12 hours
    expect(cookie).not.toContain('Secure') // plain HTTP here
    const byCookie = await s.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `pl_session=${body.token}` },
    })
    expect(byCookie.statusCode).toBe(200)
    const byBearer = await s.api(body.token, 'GET', '/api/auth/me')
    expect(byBearer.body.account.login).toBe('c1-admin')
  })

  it('the token itself is not stored, only its hash', async () => {
    const token = await s.login('c2-admin')
    const c = new pg.Client({ connectionString: s.adminUrl })
    await c.connect()
    const { rows } = await c.query('select token_hash from sessions')
    await c.end()
    expect(rows.map((r) => r.token_hash)).not.toContain(token)
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true)
  })

  it('signing out ends the session', async () => {
    const token = await s.login('c1-entry')
    const out = await s.api(token, 'POST', '/api/auth/logout')
    expect(out.status).toBe(204)
    const me = await s.api(token, 'GET', '/api/auth/me')
    expect(me.status).toBe(401)
    expect(me.body.error).toEqual({ code: 'unauthenticated', zh: '请先登录。', en: 'Please sign in.' })
  })

  it('signing out with a JSON content type and no body works too', async () => {
    const token = await s.login('c1-leader')
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(204)
    expect(String(res.headers['set-cookie'])).toContain('Max-Age=0')
    expect((await s.api(token, 'GET', '/api/auth/me')).status).toBe(401)
  })

  it('an expired session is refused', async () => {
    const token = await s.login('pref-admin')
    const c = new pg.Client({ connectionString: s.adminUrl })
    await c.connect()
    await c.query(`update sessions set expires_at = now() - interval '1 second' where account_id = $1`, [
      s.accountIds['pref-admin'],
    ])
    await c.end()
    expect((await s.api(token, 'GET', '/api/auth/me')).status).toBe(401)
  })

  it('no token, no data', async () => {
    expect((await s.api(null, 'GET', '/api/sync/pull?since=0')).status).toBe(401)
    expect((await s.api('made-up', 'POST', '/api/sync/push', { changes: [] })).status).toBe(401)
  })
})

describe('login rate limit', () => {
  it('a wrong password and an unknown login get the same answer', async () => {
    const wrong = await s.api(null, 'POST', '/api/auth/login', { login: 'c2-admin', password: 'nope-nope' })
    const unknown = await s.api(null, 'POST', '/api/auth/login', { login: 'nobody', password: 'nope-nope' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body).toEqual(unknown.body)
    expect(wrong.body.error.zh).toBe('账号或密码不正确。')
  })

  it('after 5 failures within 15 minutes even the right password is refused with 429', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await s.api(null, 'POST', '/api/auth/login', {
        login: 'pref-reviewer',
        password: `wrong-${i}`,
      })
      expect(r.status).toBe(401)
    }
    const r = await s.api(null, 'POST', '/api/auth/login', {
      login: 'pref-reviewer',
      password: passwordOf('pref-reviewer'),
    })
    expect(r.status).toBe(429)
    expect(r.body.error.code).toBe('rate_limited')
    expect(r.body.error.zh).toBe('登录失败次数过多，请 15 分钟后再试。')
    // The window is 15 minutes from the oldest counted failure: at most 900 s to wait.
    const wait = Number(r.headers['retry-after'])
    expect(wait).toBeGreaterThan(890)
    expect(wait).toBeLessThanOrEqual(900)
    // Other logins are not locked out by it.
    expect(
      (
        await s.api(null, 'POST', '/api/auth/login', {
          login: 'c1-reviewer',
          password: passwordOf('c1-reviewer'),
        })
      ).status,
    ).toBe(200)
  })
})
