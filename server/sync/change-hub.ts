// Live changes: one LISTEN connection per server on the channel `changes` (a trigger NOTIFYs
// {unitId, seq, table} per written row), fanned out to the SSE connections that may see that unit.
// Notifications within a short tick are sent as one event with the highest seq.
import pg from 'pg'
import type { Database } from '../db/database'

interface Subscriber {
  accountId: string
  units: Set<string>
  pending: number
  send(seq: number): void
  end(): void
}

const TICK_MS = 20
const RECONNECT_MS = 1000

export class ChangeHub {
  private listener: pg.Client | null = null
  private connecting: Promise<void> | null = null
  private readonly subscribers = new Set<Subscriber>()
  private flushTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor(
    private readonly url: string,
    private readonly db: Database,
  ) {}

  private async visibleUnits(accountId: string): Promise<Set<string>> {
    const units = await this.db.asAccount(accountId, async (c) => {
      const { rows } = await c.query<{ units: string[] }>('select app_visible_units() as units')
      return rows[0]!.units
    })
    return new Set(units)
  }

  private connect(): Promise<void> {
    if (this.listener || this.closed) return Promise.resolve()
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url })
      const lost = () => {
        if (this.listener !== client) return
        this.listener = null
        client.end().catch(() => {})
        if (!this.closed && this.subscribers.size)
          setTimeout(() => void this.connect().catch(() => {}), RECONNECT_MS)
      }
      client.on('error', lost)
      client.on('end', lost)
      client.on('notification', (n) => this.onNotification(n.payload ?? ''))
      await client.connect()
      await client.query('listen changes')
      this.listener = client
    })().finally(() => {
      this.connecting = null
    })
    return this.connecting
  }

  private onNotification(payload: string): void {
    let note: { unitId?: string; seq?: number; table?: string }
    try {
      note = JSON.parse(payload)
    } catch {
      return
    }
    if (typeof note.unitId !== 'string' || typeof note.seq !== 'number') return
    // The tree changed: who sees what may have changed too.
    if (note.table === 'rows_units') void this.refreshUnits()
    for (const s of this.subscribers) {
      if (s.units.has(note.unitId)) s.pending = Math.max(s.pending, note.seq)
    }
    this.flushTimer ??= setTimeout(() => this.flush(), TICK_MS)
  }

  private flush(): void {
    this.flushTimer = null
    for (const s of this.subscribers) {
      if (s.pending) {
        s.send(s.pending)
        s.pending = 0
      }
    }
  }

  private async refreshUnits(): Promise<void> {
    for (const s of this.subscribers) s.units = await this.visibleUnits(s.accountId).catch(() => s.units)
  }

  /** Calls `send(seq)` for each change the account may see, until the returned function is called. */
  async subscribe(accountId: string, send: (seq: number) => void, end: () => void): Promise<() => void> {
    await this.connect()
    const sub: Subscriber = { accountId, units: await this.visibleUnits(accountId), pending: 0, send, end }
    this.subscribers.add(sub)
    return () => this.subscribers.delete(sub)
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.flushTimer) clearTimeout(this.flushTimer)
    for (const s of this.subscribers) s.end()
    this.subscribers.clear()
    await this.connecting?.catch(() => {})
    const client = this.listener
    this.listener = null
    await client?.end().catch(() => {})
  }
}
