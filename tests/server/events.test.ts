// Server-Sent Events over real HTTP on loopback: a committed change reaches the accounts that may
// see its unit, with its seq, and no one else.
import { request, type IncomingMessage } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  change,
  progressRow,
  pushAs,
  sheetRow,
  startTestServer,
  type TestServer,
} from './helpers/test-server'

let s: TestServer
let base: string
let c1: string
let c2: string
let pref: string

interface Stream {
  events: { event: string; data: string }[]
  res: IncomingMessage
  close(): void
  waitFor(n: number, ms: number): Promise<void>
}

function open(token: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/sync/events`,
      { headers: { authorization: `Bearer ${token}` } },
      (res) => {
        const stream: Stream = {
          events: [],
          res,
          close: () => req.destroy(),
          waitFor: (n, ms) =>
            new Promise((done, fail) => {
              const started = Date.now()
              const tick = () => {
                if (stream.events.length >= n) return done()
                if (Date.now() - started > ms) return fail(new Error(`only ${stream.events.length} events`))
                setTimeout(tick, 10)
              }
              tick()
            }),
        }
        let buffer = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          buffer += chunk
          let end
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            const event = /^event: (.*)$/m.exec(block)?.[1]
            const data = /^data: (.*)$/m.exec(block)?.[1]
            if (event && data) stream.events.push({ event, data })
          }
        })
        resolve(stream)
      },
    )
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  s = await startTestServer()
  base = await s.app.listen({ port: 0, host: '127.0.0.1' })
  ;[c1, c2, pref] = await Promise.all(['c1-admin', 'c2-admin', 'pref-admin'].map((l) => s.login(l)))
  await pushAs(s, c1, [change('sheets', 'sh', 'put', sheetRow('sh', 'c1', 2025))])
})
afterAll(() => s.close())

describe('events', () => {
  it('is an event stream, and needs a session', async () => {
    const stream = await open(c1)
    expect(stream.res.statusCode).toBe(200)
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    stream.close()
    const anon = await open('nobody')
    expect(anon.res.statusCode).toBe(401)
    anon.close()
  })

  it('a county’s write reaches the prefecture and the county itself with its seq, not the sibling', async () => {
    const [toPref, toC1, toC2] = await Promise.all([open(pref), open(c1), open(c2)])
    const [r] = await pushAs(s, c1, [change('progress', 'p1', 'put', progressRow('p1', 'c1', 'sh', '5'))])
    await toPref.waitFor(1, 3000)
    await toC1.waitFor(1, 3000)
    expect(toPref.events[0]).toEqual({ event: 'change', data: JSON.stringify({ seq: r!.seq }) })
    expect(toC1.events[0]).toEqual({ event: 'change', data: JSON.stringify({ seq: r!.seq }) })
    // c2 writes one of its own afterwards: the first event c2 sees is that one, never c1's.
    const [own] = await pushAs(s, c2, [change('sheets', 'sh2', 'put', sheetRow('sh2', 'c2', 2025))])
    await toC2.waitFor(1, 3000)
    expect(toC2.events).toEqual([{ event: 'change', data: JSON.stringify({ seq: own!.seq }) }])
    for (const st of [toPref, toC1, toC2]) st.close()
  })
})
