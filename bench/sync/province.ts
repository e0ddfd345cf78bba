// A province-sized database generated in PostgreSQL itself (generate_series, as the owner role):
// a province root, 20 prefectures, the rest counties (2,000 units), a 2025 sheet per unit, and
// `rows` progress entries spread over the counties in seq order (as entries arrive over a year).
// The progress rows are written with the row triggers off and the secondary indexes built after
// (the triggers would stamp the same columns one row at a time); everything else goes through them.
import pg from 'pg'
import { ms, now } from './stats'

export const PREFECTURES = 20
export const UNITS = 2000

export const prefectureId = (i: number) => `f${String(i).padStart(2, '0')}`
export const countyId = (i: number) => `k${String(i).padStart(4, '0')}`
export const COUNTIES = UNITS - 1 - PREFECTURES

export async function generateProvince(
  adminUrl: string,
  rows: number,
): Promise<{ ms: number; tableMb: number }> {
  const c = new pg.Client({ connectionString: adminUrl })
  await c.connect()
  const t0 = now()
  try {
    await c.query('set role perf_owner')
    await c.query('set maintenance_work_mem = "256MB"')
    await c.query(
      `insert into rows_units (id, data) values ('p0', '{"unitId":"p0","name":"省总工会","parentId":null}')`,
    )
    await c.query(
      `insert into rows_units (id, data)
       select 'f' || lpad(g::text, 2, '0'),
              jsonb_build_object('name', '地区' || g, 'parentId', 'p0')
       from generate_series(1, $1::int) g`,
      [PREFECTURES],
    )
    await c.query(
      `insert into rows_units (id, data)
       select 'k' || lpad(g::text, 4, '0'),
              jsonb_build_object('name', '县' || g, 'parentId', 'f' || lpad((1 + g % $2::int)::text, 2, '0'))
       from generate_series(1, $1::int) g`,
      [COUNTIES, PREFECTURES],
    )
    await c.query(
      `insert into rows_sheets (id, data)
       select 's-' || id, jsonb_build_object('unitId', id, 'year', 2025, 'kind', 'department',
              'name', id || ' 2025 部门整体', 'status', 'draft', 'goals', jsonb_build_array('目标一'))
       from rows_units`,
    )
    const { rows: idx } = await c.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes
       where tablename = 'rows_progress' and indexname <> 'rows_progress_pkey'`,
    )
    for (const i of idx) await c.query(`drop index ${i.name}`)
    await c.query('alter table rows_progress disable trigger user')
    const { rows: s } = await c.query<{ v: string }>("select nextval('change_seq') as v")
    const base = Number(s[0]!.v)
    await c.query(
      `with k as (select array_agg(id order by id) as a from rows_units where id like 'k%')
       insert into rows_progress (id, unit_id, sheet_id, year, seq, created_at, updated_at, deleted_at, data)
       select 'pr-' || g, u, 's-' || u, 2025, $2::bigint + g, now(), now(), null,
              jsonb_build_object('id', 'pr-' || g, 'unitId', u, 'sheetId', 's-' || u, 'indicatorId', 'i-' || u,
                'date', '2025-03-01', 'value', (g % 1000)::text, 'note', '',
                'createdAt', '2025-03-01T00:00:00.000Z', 'updatedAt', '2025-03-01T00:00:00.000Z',
                'updatedBy', null, 'deletedAt', null)
       from k, generate_series(1, $1::bigint) g, lateral (select k.a[1 + (g % array_length(k.a, 1))] as u) x`,
      [rows, base],
    )
    await c.query("select setval('change_seq', $1::bigint)", [base + rows + 1])
    await c.query('alter table rows_progress enable trigger user')
    for (const i of idx) await c.query(i.def)
    await c.query('analyze')
    const { rows: size } = await c.query<{ b: string }>("select pg_total_relation_size('rows_progress') as b")
    return { ms: ms(t0), tableMb: Math.round(Number(size[0]!.b) / 1048576) }
  } finally {
    await c.end()
  }
}

/** The pull's own query (server/sync/pull.ts, progress part) run directly as the owner: no HTTP, no RLS. */
export async function rawPullFloor(
  adminUrl: string,
  units: string[],
  since: number,
  samples: number,
): Promise<number[]> {
  const c = new pg.Client({ connectionString: adminUrl })
  await c.connect()
  const out: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const t0 = now()
      await c.query(
        `select 'progress' as t, id, seq, data from rows_progress
         where seq > $1 and unit_id = any($2::text[]) and year = 2025 order by seq limit 2001`,
        [since, units],
      )
      out.push(ms(t0))
    }
  } finally {
    await c.end()
  }
  return out
}
