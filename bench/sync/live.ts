// Write → other device and reconnect after offline writes, with their floors: the same work done
// directly in PostgreSQL (a plain table, LISTEN/NOTIFY, no HTTP, no row-level security).
import pg from 'pg'
import { change, type Device } from './api-client'
import { Follower } from './follower'
import { ms, now } from './stats'

export const progress = (id: string, unitId: string, sheetId: string, value: string) => ({
  id,
  unitId,
  sheetId,
  indicatorId: `${sheetId}-i1`,
  date: '2025-03-01',
  value,
})

let n = 0
const newId = (tag: string) => `${tag}-${process.pid}-${++n}`

/** Push on `writer`, time until `reader`'s SSE event and pull bring the row. */
export async function writeToOther(
  writer: Device,
  reader: Device,
  unitId: string,
  sheetId: string,
  samples: number,
): Promise<number[]> {
  const f = new Follower(reader, 2025)
  await f.start((await reader.pull(0, { year: 2025, limit: 1 })).next)
  await f.catchUp()
  const out: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const id = newId('w2o')
      const t0 = now()
      const seen = f.waitFor(id, 5000)
      await writer.push([change('progress', id, 'put', progress(id, unitId, sheetId, String(i)))])
      if (!(await seen)) throw new Error(`write ${id} did not reach the other device within 5 s`)
      out.push(ms(t0))
      await new Promise((r) => setTimeout(r, 30))
    }
  } finally {
    f.stop()
  }
  return out
}

export async function floorTable(adminUrl: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl })
  await c.connect()
  await c.query('create table if not exists bench_floor (id text primary key, data jsonb not null)')
  await c.end()
}

/** The database's own write → notify → read round trip between two connections. */
export async function writeToOtherFloor(adminUrl: string, samples: number): Promise<number[]> {
  const a = new pg.Client({ connectionString: adminUrl })
  const b = new pg.Client({ connectionString: adminUrl })
  await a.connect()
  await b.connect()
  await b.query('listen bench_floor')
  const out: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const id = newId('floor')
      const t0 = now()
      const got = new Promise<void>((resolve) => {
        const on = (msg: pg.Notification) => {
          if (msg.payload !== id) return
          b.off('notification', on)
          void b.query('select data from bench_floor where id = $1', [id]).then(() => resolve())
        }
        b.on('notification', on)
      })
      await a.query(
        `with i as (insert into bench_floor values ($1, $2) returning id) select pg_notify('bench_floor', (select id from i))`,
        [id, progress(id, 'u', 's', String(i))],
      )
      await got
      out.push(ms(t0))
    }
  } finally {
    await a.end()
    await b.end()
  }
  return out
}

/** A device back online with 100 queued changes (50 new rows, 50 edits): push them, then pull. */
export async function reconnect(
  device: Device,
  unitId: string,
  sheetId: string,
  existing: string[],
  samples: number,
): Promise<number[]> {
  let lastSeq = (await device.pull(0, { year: 2025, limit: 1 })).next
  for (let i = 0; i < 100; i++) {
    const p = await device.pull(lastSeq, { year: 2025, limit: 5000 })
    lastSeq = p.next
    if (!p.more) break
  }
  const out: number[] = []
  for (let s = 0; s < samples; s++) {
    const queued = [
      ...Array.from({ length: 50 }, (_, i) => {
        const id = newId('off')
        return change('progress', id, 'put', progress(id, unitId, sheetId, String(i)))
      }),
      ...existing
        .slice(s * 50, s * 50 + 50)
        .map((id, i) => change('progress', id, 'patch', { value: `${s}.${i}` })),
    ]
    const t0 = now()
    await device.push(queued)
    let got = 0
    for (let i = 0; i < 100; i++) {
      const p = await device.pull(lastSeq, { year: 2025 })
      got += p.changes.length
      lastSeq = p.next
      if (!p.more) break
    }
    out.push(ms(t0))
    if (got < 100) throw new Error(`reconnect pulled ${got} of 100`)
  }
  return out
}

/** Floor: the same 100 rows written in one transaction into a plain table and read back. */
export async function reconnectFloor(adminUrl: string, samples: number): Promise<number[]> {
  const c = new pg.Client({ connectionString: adminUrl })
  await c.connect()
  const out: number[] = []
  try {
    for (let s = 0; s < samples; s++) {
      const ids = Array.from({ length: 100 }, () => newId('rf'))
      const rows = ids.map((id, i) => progress(id, 'u', 's', String(i)))
      const t0 = now()
      await c.query('insert into bench_floor select * from unnest($1::text[], $2::text[]::jsonb[])', [
        ids,
        rows.map((r) => JSON.stringify(r)),
      ])
      await c.query('select data from bench_floor where id = any($1)', [ids])
      out.push(ms(t0))
    }
  } finally {
    await c.end()
  }
  return out
}
