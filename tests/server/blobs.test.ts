// Evidence bytes: re-hashed, size- and type-checked on the way in, readable only where a visible
// attachmentMeta row references them.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { change, pushAs, sheetRow, startTestServer, type TestServer } from './helpers/test-server'

let s: TestServer
let c1: string
let c2: string
let pref: string
let leader: string

// The smallest PNG signature plus some bytes: sniffType reads the first 8 bytes.
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('fake image body'),
])
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

async function put(token: string, hash: string, bytes: Buffer, type = 'image/png') {
  const res = await s.app.inject({
    method: 'PUT',
    url: `/api/blobs/${hash}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    payload: bytes,
  })
  return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null }
}

async function get(token: string, hash: string) {
  const res = await s.app.inject({
    method: 'GET',
    url: `/api/blobs/${hash}`,
    headers: { authorization: `Bearer ${token}` },
  })
  return { status: res.statusCode, bytes: res.rawPayload, type: res.headers['content-type'] }
}

beforeAll(async () => {
  s = await startTestServer()
  ;[c1, c2, pref, leader] = await Promise.all(
    ['c1-admin', 'c2-admin', 'pref-admin', 'c1-leader'].map((l) => s.login(l)),
  )
  await pushAs(s, c1, [change('sheets', 'sh', 'put', sheetRow('sh', 'c1', 2025))])
})
afterAll(() => s.close())

describe('storing', () => {
  it('stores an image whose hash matches (204), and again without error', async () => {
    expect((await put(c1, sha(PNG), PNG)).status).toBe(204)
    expect((await put(c1, sha(PNG), PNG)).status).toBe(204)
  })

  it('refuses bytes that do not match the hash in the address', async () => {
    const other = Buffer.concat([PNG, Buffer.from('x')])
    const r = await put(c1, sha(PNG), other)
    expect(r.status).toBe(400)
    expect(r.body.error.code).toBe('hash_mismatch')
  })

  it('refuses more than 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0)
    PNG.copy(big)
    const r = await put(c1, sha(big), big)
    expect(r.status).toBe(413)
    expect(r.body.error.code).toBe('too_large')
  })

  it('refuses a type outside the evidence list, whatever Content-Type claims', async () => {
    const exe = Buffer.from('MZ\x90\x00 this is a program')
    const r = await put(c1, sha(exe), exe, 'image/png')
    expect(r.status).toBe(415)
    expect(r.body.error.code).toBe('type_not_allowed')
  })

  it('a leader (who writes no evidence) cannot store', async () => {
    const other = Buffer.concat([PNG, Buffer.from('leader')])
    expect((await put(leader, sha(other), other)).status).toBe(403)
  })
})

describe('reading', () => {
  it('nobody reads bytes no attachment references', async () => {
    expect((await get(c1, sha(PNG))).status).toBe(404)
  })

  it('once a c1 attachment references it: c1 and the prefecture read it, c2 does not', async () => {
    const [r] = await pushAs(s, c1, [
      change('attachmentMeta', 'att1', 'put', {
        id: 'att1',
        unitId: 'c1',
        sheetId: 'sh',
        ownerKind: 'sheet',
        ownerId: 'sh',
        name: '现场照片.png',
        type: 'image/png',
        size: PNG.length,
        sha256: sha(PNG),
      }),
    ])
    expect(r!.status).toBe('applied')
    const mine = await get(c1, sha(PNG))
    expect(mine.status).toBe(200)
    expect(mine.type).toBe('image/png')
    expect(Buffer.compare(mine.bytes, PNG)).toBe(0)
    expect((await get(pref, sha(PNG))).status).toBe(200)
    expect((await get(c2, sha(PNG))).status).toBe(404)
  })

  it('the policy holds in SQL too: the app role as c2 sees no row of blobs', async () => {
    const n = await s.sqlAsApp(
      'c2-admin',
      async (c) => (await c.query('select count(*)::int as n from blobs')).rows[0].n,
    )
    expect(n).toBe(0)
    const m = await s.sqlAsApp(
      'c1-admin',
      async (c) => (await c.query('select count(*)::int as n from blobs')).rows[0].n,
    )
    expect(m).toBe(1)
  })
})
