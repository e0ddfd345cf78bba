// Many connected devices: `clients` SSE listeners (each its own session, pulling on every event)
// while writers push `rate` writes a second in total for `seconds`; then every listener must hold
// every written row (bounded wait), and the write → listener latency is summarised.
import { change, Device } from './api-client'
import { Follower } from './follower'
import { progress } from './live'

export interface SoakResult {
  writes: number
  listeners: number
  lost: number
  pullErrors: number
  latencies: number[]
  catchUpMs: number
}

export async function soak(opts: {
  base: string
  listenerLogins: string[]
  writers: Device[]
  clients: number
  rate: number
  seconds: number
  unitId: string
  sheetId: string
}): Promise<SoakResult> {
  const followers: Follower[] = []
  // Sign-ins a few at a time (scrypt is deliberately slow).
  for (let i = 0; i < opts.clients; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, opts.clients - i) }, (_, k) =>
        Device.signIn(opts.base, opts.listenerLogins[(i + k) % opts.listenerLogins.length]!),
      ),
    )
    followers.push(...batch.map((d) => new Follower(d, 2025)))
  }
  const start = (await opts.writers[0]!.pull(0, { year: 2025, limit: 1 })).next
  // Everyone starts at the current end: only the soak's writes are counted.
  let head = start
  for (let i = 0; i < 100; i++) {
    const p = await opts.writers[0]!.pull(head, { year: 2025, limit: 5000 })
    head = p.next
    if (!p.more) break
  }
  for (const f of followers) await f.start(head)

  const written = new Map<string, bigint>()
  const total = Math.round(opts.rate * opts.seconds)
  const interval = 1000 / opts.rate
  const t0 = Date.now()
  const pushes: Promise<unknown>[] = []
  let n = 0
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval
    const wait = due - Date.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    const id = `soak-${process.pid}-${++n}`
    const writer = opts.writers[i % opts.writers.length]!
    written.set(id, process.hrtime.bigint())
    pushes.push(
      writer.push([change('progress', id, 'put', progress(id, opts.unitId, opts.sheetId, String(i)))]),
    )
  }
  await Promise.all(pushes)

  // Bounded catch-up: every listener must have every write.
  const c0 = Date.now()
  const missing = () =>
    followers.reduce((s, f) => s + [...written.keys()].filter((id) => !f.seenAt.has(id)).length, 0)
  while (missing() > 0 && Date.now() - c0 < 30_000) {
    await new Promise((r) => setTimeout(r, 250))
  }
  const catchUpMs = Date.now() - c0
  const lost = missing()
  const latencies: number[] = []
  for (const f of followers)
    for (const [id, at] of written) {
      const seen = f.seenAt.get(id)
      if (seen !== undefined) latencies.push(Number(seen - at) / 1e6)
    }
  for (const f of followers) f.stop()
  return {
    writes: written.size,
    listeners: followers.length,
    lost,
    pullErrors: followers.reduce((s, f) => s + f.errors, 0),
    latencies,
    catchUpMs,
  }
}
