// One process serves the built app and the API: files from dist/, index.html for the app's own
// routes, JSON 404s under /api; and HTTPS when given a certificate, with the session cookie Secure.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'
import type { ServerConfig } from '../../server/config'
import { passwordOf, startTestServer, type TestServer } from './helpers/test-server'

let dir: string
const config = (over: Partial<ServerConfig>): ServerConfig => ({
  // Never connected to: serving files and /api/health do not touch the database.
  databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
  port: 0,
  host: '127.0.0.1',
  tls: null,
  staticDir: dir,
  sessionHours: 12,
  ...over,
})

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-dist-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>绩效台账</title>')
  writeFileSync(join(dir, 'app.js'), 'console.log(1)')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the built app', () => {
  it('serves files, index.html for app routes, and JSON 404s under /api', async () => {
    const app = await buildApp(config({}))
    try {
      const js = await app.inject({ url: '/app.js' })
      expect(js.statusCode).toBe(200)
      expect(js.body).toBe('console.log(1)')
      const route = await app.inject({ url: '/entry/today', headers: { accept: 'text/html' } })
      expect(route.statusCode).toBe(200)
      expect(route.body).toContain('<title>绩效台账</title>')
      const api = await app.inject({ url: '/api/nothing-here' })
      expect(api.statusCode).toBe(404)
      expect(JSON.parse(api.body).error.code).toBe('not_found')
      expect(JSON.parse((await app.inject({ url: '/api/health' })).body)).toEqual({ ok: true })
    } finally {
      await app.close()
    }
  })

  it('says how to build when dist/ is missing', async () => {
    const app = await buildApp(config({ staticDir: join(dir, 'missing') }))
    try {
      const r = await app.inject({ url: '/' })
      expect(r.statusCode).toBe(404)
      expect(r.body).toContain('npm run build')
    } finally {
      await app.close()
    }
  })
})

describe('TLS', () => {
  let s: TestServer
  let tlsDir: string
  beforeAll(async () => {
    s = await startTestServer()
    tlsDir = mkdtempSync(join(tmpdir(), 'pl-tls-'))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(tlsDir, 'key.pem'),
        '-out',
        join(tlsDir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
  })
  afterAll(async () => {
    await s.close()
    rmSync(tlsDir, { recursive: true, force: true })
  })

  it('serves HTTPS when given a certificate and key, and marks the session cookie Secure', async () => {
    const app = await buildApp(
      config({
        databaseUrl: s.appUrl,
        tls: { cert: readFileSync(join(tlsDir, 'cert.pem')), key: readFileSync(join(tlsDir, 'key.pem')) },
      }),
    )
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' })
      expect(base.startsWith('https://')).toBe(true)
      const body = JSON.stringify({ login: 'c1-admin', password: passwordOf('c1-admin') })
      const res = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
        const req = request(
          `${base}/api/auth/login`,
          { method: 'POST', rejectUnauthorized: false, headers: { 'content-type': 'application/json' } },
          (r) => {
            r.resume()
            r.on('end', () => resolve({ status: r.statusCode ?? 0, cookie: String(r.headers['set-cookie']) }))
          },
        )
        req.on('error', reject)
        req.end(body)
      })
      expect(res.status).toBe(200)
      expect(res.cookie).toContain('Secure')
      expect(res.cookie).toContain('HttpOnly')
    } finally {
      await app.close()
    }
  })
})
