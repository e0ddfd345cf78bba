// A device as the protocol sees it (docs/sync-protocol.md): sign in, push, pull, and the SSE stream.
import { randomBytes } from 'node:crypto'
import { passwordOf } from './cluster'

export interface PulledChange {
  table: string
  id: string
  seq: number
  row: Record<string, unknown>
}
export interface PullPage {
  changes: PulledChange[]
  next: number
  more: boolean
}
export interface Change {
  changeId: string
  table: string
  id: string
  op: 'put' | 'patch'
  data: Record<string, unknown>
}

let counter = 0
export function change(
  table: string,
  id: string,
  op: 'put' | 'patch',
  data: Record<string, unknown>,
): Change {
  counter++
  return {
    changeId: `bench-${process.pid}-${counter}-${randomBytes(3).toString('hex')}`,
    table,
    id,
    op,
    data,
  }
}

export class Device {
  constructor(
    readonly base: string,
    readonly token: string,
    readonly deviceId = randomBytes(6).toString('hex'),
  ) {}

  static async signIn(base: string, login: string): Promise<Device> {
    const r = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: passwordOf(login) }),
    })
    if (!r.ok) throw new Error(`login ${login}: ${r.status} ${await r.text()}`)
    return new Device(base, ((await r.json()) as { token: string }).token)
  }

  private headers(json = false): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, ...(json ? { 'content-type': 'application/json' } : {}) }
  }

  async push(changes: Change[]): Promise<{ results: { status: string; seq?: number }[]; seq: number }> {
    const r = await fetch(`${this.base}/api/sync/push`, {
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify({ deviceId: this.deviceId, changes }),
    })
    if (!r.ok) throw new Error(`push: ${r.status} ${await r.text()}`)
    const body = (await r.json()) as { results: { status: string; seq?: number }[]; seq: number }
    const bad = body.results.find((x) => x.status === 'refused')
    if (bad) throw new Error(`push refused: ${JSON.stringify(bad)}`)
    return body
  }

  async pull(
    since: number,
    opts: { year?: number; limit?: number; units?: string[] } = {},
  ): Promise<PullPage> {
    const q = new URLSearchParams({ since: String(since) })
    if (opts.year !== undefined) q.set('year', String(opts.year))
    if (opts.limit !== undefined) q.set('limit', String(opts.limit))
    if (opts.units) q.set('units', opts.units.join(','))
    const r = await fetch(`${this.base}/api/sync/pull?${q}`, { headers: this.headers() })
    if (!r.ok) throw new Error(`pull: ${r.status} ${await r.text()}`)
    return (await r.json()) as PullPage
  }

  /** Opens the SSE stream; resolves once the headers are in (the server has subscribed by then). */
  async listen(onChange: (seq: number) => void): Promise<() => void> {
    const ac = new AbortController()
    const r = await fetch(`${this.base}/api/sync/events`, { headers: this.headers(), signal: ac.signal })
    if (!r.ok || !r.body) throw new Error(`events: ${r.status}`)
    const reader = r.body.getReader()
    const decoder = new TextDecoder()
    let buf = ''
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) return
          buf += decoder.decode(value, { stream: true })
          let cut: number
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, cut)
            buf = buf.slice(cut + 2)
            if (!block.includes('event: change')) continue
            const data = /data: (.*)/.exec(block)?.[1]
            if (data) onChange((JSON.parse(data) as { seq: number }).seq)
          }
        }
      } catch {
        // aborted
      }
    })()
    return () => ac.abort()
  }
}
