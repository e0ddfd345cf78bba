// `npm run bench:sync`: the unit server's sync figures (docs/performance.md, "Sync (unit server)"),
// each next to its floor measured in the same run, on a throwaway PostgreSQL cluster on 127.0.0.1.
//   BENCH_SYNC_ROWS          progress entries of the province database (default 10,000,000)
//   BENCH_SYNC_SOAK_SECONDS  how long the 200-client soak lasts (default 60)
//   BENCH_SYNC_PG_PORT       the cluster's port (default 55440); BENCH_SYNC_HTTP_PORT the first of two server ports (4410)
//   BENCH_SYNC_ONLY=province only the province pulls (skips the unit server's measures and the soak)
import { mkdirSync, writeFileSync } from 'node:fs'
import { addAccount } from '../../server/admin/accounts'
import { Database } from '../../server/db/database'
import { change, Device } from './api-client'
import {
  createBenchDb,
  passwordOf,
  startCluster,
  startServer,
  stopCluster,
  type ServerProcess,
} from './cluster'
import { initialSyncFloor, initialSyncOnce } from './initial-sync'
import { floorTable, progress, reconnect, reconnectFloor, writeToOther, writeToOtherFloor } from './live'
import { countyId, generateProvince, prefectureId, rawPullFloor, UNITS } from './province'
import { soak } from './soak'
import { summarise, ms, now, type Summary } from './stats'

const PROVINCE_ROWS = Number(process.env.BENCH_SYNC_ROWS ?? 10_000_000)
const SOAK_SECONDS = Number(process.env.BENCH_SYNC_SOAK_SECONDS ?? 60)
const HTTP_PORT = Number(process.env.BENCH_SYNC_HTTP_PORT ?? 4410)
const INITIAL_ROWS = 10_000
const PROVINCE_ONLY = process.env.BENCH_SYNC_ONLY === 'province'

interface Row {
  measure: string
  unit: string
  median: number
  spread: string
  floor: number | null
  budget: string
  met: boolean | null
  detail?: Record<string, unknown>
}
const rows: Row[] = []
const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1))
const log = (s: string) => process.stdout.write(`${s}\n`)

function timed(
  measure: string,
  s: Summary,
  floor: Summary | null,
  budget: string,
  met: boolean | null,
  showP95 = false,
) {
  rows.push({
    measure,
    unit: 'ms',
    median: s.median,
    spread: showP95 ? `p95 ${f1(s.p95)}` : `${f1(s.min)}–${f1(s.max)}`,
    floor: floor?.median ?? null,
    budget,
    met,
    detail: { ...s, floor },
  })
  log(`  ${measure}: median ${f1(s.median)} ms${floor ? `, floor ${f1(floor.median)} ms` : ''}`)
}

const servers: ServerProcess[] = []
let clusterUp = false
function cleanUp() {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL')
  if (clusterUp) {
    clusterUp = false
    stopCluster()
  }
}
process.on('exit', cleanUp)
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    cleanUp()
    process.exit(130)
  })

async function smallServer(base: string) {
  const writers = [1, 2, 3, 4, 5].map((i) => ({
    login: `c1-entry-${i}`,
    unitId: 'c1',
    role: 'entry' as const,
  }))
  const db = await createBenchDb(
    base,
    'bench_sync',
    [
      { id: 'pref', name: '市总工会', parentId: null },
      { id: 'c1', name: '甲县总工会', parentId: 'pref' },
      { id: 'c2', name: '乙县总工会', parentId: 'pref' },
    ],
    [
      { login: 'c1-admin', unitId: 'c1', role: 'admin' },
      ...writers,
      { login: 'c1-leader', unitId: 'c1', role: 'leader' },
      { login: 'c1-reviewer', unitId: 'c1', role: 'reviewer' },
      { login: 'pref-leader', unitId: 'pref', role: 'leader' },
      { login: 'pref-reviewer', unitId: 'pref', role: 'reviewer' },
    ],
  )
  await floorTable(db.adminUrl)
  const server = await startServer(db.appUrl, HTTP_PORT)
  servers.push(server)
  return { db, server, writerLogins: writers.map((w) => w.login) }
}

async function main() {
  const started = new Date()
  log(`bench:sync: cluster on 127.0.0.1, province rows ${PROVINCE_ROWS}, soak ${SOAK_SECONDS} s`)
  const base = startCluster()
  clusterUp = true

  // ---- one unit's server: initial sync, write → other device, reconnect, soak
  let idle: { rss: number; peak: number } | null = null
  if (!PROVINCE_ONLY) {
    const { db, server, writerLogins } = await smallServer(base)
    idle = server.rssKb()
    const admin = await Device.signIn(server.base, 'c1-admin')
    await admin.push([
      change('sheets', 's1', 'put', {
        id: 's1',
        unitId: 'c1',
        year: 2025,
        kind: 'department',
        name: '甲县 2025',
        status: 'draft',
        goals: [],
      }),
    ])
    const writers = await Promise.all(writerLogins.map((l) => Device.signIn(server.base, l)))
    const ids = Array.from({ length: INITIAL_ROWS }, (_, i) => `init-${i}`)
    for (let i = 0; i < ids.length; i += 500)
      await writers[0]!.push(
        ids
          .slice(i, i + 500)
          .map((id, k) => change('progress', id, 'put', progress(id, 'c1', 's1', String(i + k)))),
      )
    const fresh = await Device.signIn(server.base, 'c1-leader')

    log('initial sync of 10,000 rows')
    const syncRuns: number[] = []
    for (let i = 0; i < 5; i++) {
      const r = await initialSyncOnce(fresh, 2025, `bench-fresh-${i}`)
      if (r.rows !== INITIAL_ROWS)
        throw new Error(`fresh device holds ${r.rows} progress rows, not ${INITIAL_ROWS}`)
      syncRuns.push(r.ms)
    }
    const syncFloor = summarise(await initialSyncFloor(fresh, 2025, 5, 'bench-floor'))
    const sync = summarise(syncRuns)
    timed(
      'initial sync, 10,000 rows (Node, fake-indexeddb)',
      sync,
      syncFloor,
      '≤ 2000 ms and ≤ 2× floor',
      sync.median <= 2000 && sync.median <= 2 * syncFloor.median,
    )

    log('write → other device')
    const w2o = summarise(await writeToOther(writers[1]!, fresh, 'c1', 's1', 60))
    const w2oFloor = summarise(await writeToOtherFloor(db.adminUrl, 60))
    timed(
      'write → other device (push, SSE, pull)',
      w2o,
      w2oFloor,
      '≤ 100 ms median, ≤ 250 ms p95',
      w2o.median <= 100 && w2o.p95 <= 250,
      true,
    )

    log('reconnect after 100 offline writes')
    const rc = summarise(await reconnect(writers[2]!, 'c1', 's1', ids, 10))
    const rcFloor = summarise(await reconnectFloor(db.adminUrl, 10))
    timed('reconnect: push 100 queued changes + pull', rc, rcFloor, '—', null)

    log(`200 clients, 10 writes/s for ${SOAK_SECONDS} s`)
    const sk = await soak({
      base: server.base,
      listenerLogins: ['c1-leader', 'c1-reviewer', 'pref-leader', 'pref-reviewer'],
      writers: writers.slice(0, 5),
      clients: 200,
      rate: 10,
      seconds: SOAK_SECONDS,
      unitId: 'c1',
      sheetId: 's1',
    })
    const skLat = summarise(sk.latencies)
    rows.push({
      measure: `200 SSE clients, 10 writes/s, ${SOAK_SECONDS} s: write → every listener`,
      unit: 'ms',
      median: skLat.median,
      spread: `p95 ${f1(skLat.p95)}`,
      floor: w2o.median,
      budget: 'no lost change',
      met: sk.lost === 0,
      detail: {
        ...skLat,
        writes: sk.writes,
        listeners: sk.listeners,
        lost: sk.lost,
        pullErrors: sk.pullErrors,
        catchUpMs: sk.catchUpMs,
      },
    })
    log(
      `  ${sk.writes} writes × ${sk.listeners} listeners: lost ${sk.lost}, pull errors ${sk.pullErrors}, median ${f1(skLat.median)} ms`,
    )
    const afterSoak = server.rssKb()
    rows.push({
      measure: 'server RSS after the soak (peak)',
      unit: 'MB',
      median: afterSoak.rss / 1024,
      spread: `peak ${f1(afterSoak.peak / 1024)}`,
      floor: idle ? idle.rss / 1024 : null,
      budget: '—',
      met: null,
    })
    await server.stop()
  }

  // ---- the province
  log(`province database: ${UNITS} units, ${PROVINCE_ROWS} progress entries (generate_series)`)
  const prov = await createBenchDb(base, 'bench_province', [], [])
  const gen = await generateProvince(prov.adminUrl, PROVINCE_ROWS)
  log(`  generated in ${(gen.ms / 1000).toFixed(1)} s, rows_progress ${gen.tableMb} MB`)
  const county = countyId(1)
  const pref = prefectureId(2) // county k0001's prefecture (1 + 1 % 20)
  const owner = new Database(prov.adminUrl, 2)
  for (const a of [
    { login: 'county-entry', unitId: county, role: 'entry' as const },
    { login: 'pref-reviewer', unitId: pref, role: 'reviewer' as const },
  ])
    await addAccount(owner, { ...a, name: a.login, password: passwordOf(a.login) })
  const { rows: sub } = await owner.pool.query<{ d: string }>(
    'select descendant as d from unit_closure where ancestor = $1',
    [pref],
  )
  await owner.close()
  const pserver = await startServer(prov.appUrl, HTTP_PORT + 1)
  servers.push(pserver)
  const countyDev = await Device.signIn(pserver.base, 'county-entry')
  const prefDev = await Device.signIn(pserver.base, 'pref-reviewer')

  const samples = 20
  const time = async (fn: () => Promise<unknown>) => {
    const out: number[] = []
    await fn() // warm
    for (let i = 0; i < samples; i++) {
      const t0 = now()
      await fn()
      out.push(ms(t0))
    }
    return summarise(out)
  }
  const first = await time(() => countyDev.pull(0, { year: 2025, limit: 2000 }))
  const firstFloor = summarise(await rawPullFloor(prov.adminUrl, [county], 0, samples))
  timed(`province: county's first page (2,000 rows)`, first, firstFloor, '≤ 200 ms', first.median <= 200)

  let lastSeq = 0
  for (let i = 0; i < 1000; i++) {
    const p = await countyDev.pull(lastSeq, { year: 2025, limit: 5000 })
    lastSeq = p.next
    if (!p.more) break
  }
  const inc: number[] = []
  for (let i = 0; i < samples; i++) {
    const id = `inc-${i}`
    await countyDev.push([change('progress', id, 'put', progress(id, county, `s-${county}`, String(i)))])
    const t0 = now()
    const p = await countyDev.pull(lastSeq, { year: 2025 })
    inc.push(ms(t0))
    if (!p.changes.some((c) => c.id === id)) throw new Error('the incremental pull missed the new row')
    lastSeq = p.next
  }
  const incS = summarise(inc)
  const incFloor = summarise(await rawPullFloor(prov.adminUrl, [county], lastSeq - 1, samples))
  timed(`province: county's incremental pull (1 new row)`, incS, incFloor, '≤ 10 ms', incS.median <= 10)

  const pp = await time(() => prefDev.pull(0, { year: 2025, limit: 2000 }))
  const ppFloor = summarise(
    await rawPullFloor(
      prov.adminUrl,
      sub.map((r) => r.d),
      0,
      samples,
    ),
  )
  timed(
    `province: prefecture's first page (${sub.length} units, 2,000 rows)`,
    pp,
    ppFloor,
    '≤ 50 ms',
    pp.median <= 50,
  )
  const pmem = pserver.rssKb()
  rows.push({
    measure: 'server RSS after the province pulls (peak)',
    unit: 'MB',
    median: pmem.rss / 1024,
    spread: `peak ${f1(pmem.peak / 1024)}`,
    floor: idle ? idle.rss / 1024 : null,
    budget: '—',
    met: null,
  })
  await pserver.stop()

  // ---- report
  const header = ['measure', 'median', 'p95 or min–max', 'floor', 'ratio', 'budget', 'met']
  const table = [
    header,
    ...rows.map((r) => [
      r.measure,
      `${f1(r.median)} ${r.unit}`,
      `${r.spread} ${r.unit}`,
      r.floor === null ? '—' : `${f1(r.floor)} ${r.unit}`,
      r.floor ? `${(r.median / r.floor).toFixed(1)}×` : '—',
      r.budget,
      r.met === null ? '—' : r.met ? 'yes' : 'NO',
    ]),
  ]
  log('')
  log(`| ${header.join(' | ')} |`)
  log(`| ${header.map(() => '---').join(' | ')} |`)
  for (const line of table.slice(1)) log(`| ${line.join(' | ')} |`)
  log(`province generation: ${(gen.ms / 1000).toFixed(1)} s for ${PROVINCE_ROWS} rows (${gen.tableMb} MB)`)

  mkdirSync('bench/results', { recursive: true })
  const file = `bench/results/bench-sync-${started.toISOString().replace(/[:.]/g, '-')}.json`
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: started.toISOString(),
        provinceRows: PROVINCE_ROWS,
        soakSeconds: SOAK_SECONDS,
        generation: gen,
        rows,
      },
      null,
      2,
    ),
  )
  log(`written ${file}`)
}

main()
  .then(() => {
    cleanUp()
    process.exit(0)
  })
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    cleanUp()
    process.exit(1)
  })
