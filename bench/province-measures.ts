// The province (2,000 units, PROVINCE_SCALE) in Node: the all-unit comparison's scoring (fast path and
// the decimal.js reference) against a plain exact sum loop over the same entries, the first slice the
// page shows, a pool of worker threads against one thread, and the command line against its floor.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { comparisonRows, treeOrder, type ComparisonRow } from '../src/domain/dashboard/comparison'
import { DecimalAccumulator } from '../src/domain/exact-sum'
import { ActualTracker } from '../src/domain/scoring/actuals'
import { scorePackage } from '../src/domain/scoring/package'
import { scoreSheetDecimal } from '../src/domain/scoring/sheet'
import { sheetDataIndex } from '../src/domain/scoring/sheet-data'
import type { LedgerPackage } from '../src/domain/types'
/** As src/workers/province-follower.ts (which imports the database, so not importable here). */
const FIRST_SLICE = 60
import { exchangeText, generateProvincialData, PROVINCE_SCALE } from './provincial-data'
import { stats, type Stats } from './stats'

export interface ProvinceFigures {
  units: number
  sheets: number
  progress: number
  /** comparisonRows(scorePackage) over every unit, this code. */
  comparisonScore: Stats
  /** The same through the decimal.js path alone (what the engine did before the fast path). */
  comparisonScoreDecimal: Stats
  /** Plain exact sum loop over the same entries. */
  sumFloor: Stats
  /** Scoring the page's first slice (FIRST_SLICE units). */
  firstSliceScore: Stats
  /** Two worker threads, already started, each sent half the units (structured clone) and returning rows. */
  pool2: Stats
  /** Starting two worker threads and loading the engine in them (paid once per page or process). */
  poolStart: Stats
  cli: Stats
  cliFloor: Stats
}

const ASOF = '2025-09-30'

function time(runs: number, fn: () => unknown): Stats {
  fn()
  return stats(
    Array.from({ length: runs }, () => {
      const start = performance.now()
      fn()
      return performance.now() - start
    }),
  )
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<Stats> {
  await fn()
  const out: number[] = []
  for (let r = 0; r < runs; r++) {
    const start = performance.now()
    await fn()
    out.push(performance.now() - start)
  }
  return stats(out)
}

/** The decimal.js path alone, as scorePackage ran before the fast path. */
function decimalScores(pkg: LedgerPackage) {
  const index = sheetDataIndex(pkg, { groupProgress: false })
  const trackers = new Map<string, ActualTracker>()
  for (const s of pkg.sheets)
    for (const i of s.indicators) trackers.set(i.id, new ActualTracker(i.measure, ASOF))
  for (const e of pkg.progress) trackers.get(e.indicatorId)?.add(e)
  const actuals = new Map([...trackers].map(([id, t]) => [id, t.result()]))
  return pkg.sheets.map((s) => scoreSheetDecimal(s, { ...index.get(s.id)!, actuals }, ASOF))
}

/** The part of the package that belongs to these units. */
function subset(pkg: LedgerPackage, unitIds: Set<string>): LedgerPackage {
  const sheets = pkg.sheets.filter((s) => unitIds.has(s.unitId))
  const sheetIds = new Set(sheets.map((s) => s.id))
  const indicatorIds = new Set(sheets.flatMap((s) => s.indicators.map((i) => i.id)))
  return {
    ...pkg,
    units: pkg.units.filter((u) => unitIds.has(u.id)),
    sheets,
    progress: pkg.progress.filter((e) => indicatorIds.has(e.indicatorId)),
    spending: pkg.spending.filter((e) => sheetIds.has(e.sheetId)),
    judgements: pkg.judgements.filter((j) => indicatorIds.has(j.indicatorId)),
  }
}

/** The pool's thread code as plain JavaScript (src/cli/bundle.mjs), as a shipped pool would start it. */
function bundleOf(entry: string): string {
  const script = `import { freshBundle } from './src/cli/bundle.mjs'; console.log(await freshBundle(${JSON.stringify(entry)}))`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`bundling ${entry} failed: ${run.stderr.slice(0, 500)}`)
  return run.stdout.trim()
}

function startWorker(code: string): Promise<Worker> {
  const worker = new Worker(code)
  // A first small job: the engine's modules are loaded and compiled before the timed runs.
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker))
    worker.once('error', reject)
    worker.postMessage({
      pkg: {
        units: [],
        sheets: [],
        progress: [],
        spending: [],
        judgements: [],
        overrides: [],
        notApplicable: [],
      },
      asOf: ASOF,
    })
  })
}

const ask = (worker: Worker, pkg: LedgerPackage) =>
  new Promise<ComparisonRow[]>((resolve) => {
    worker.once('message', resolve)
    worker.postMessage({ pkg, asOf: ASOF })
  })

export async function measureProvince(seed: number, runs: number, dir: string): Promise<ProvinceFigures> {
  const { pkg } = generateProvincialData(seed, PROVINCE_SCALE)
  const file = join(dir, `province-${seed}.json`)
  writeFileSync(file, exchangeText(pkg))
  const rows = () => comparisonRows(pkg.units, pkg.sheets, scorePackage(pkg, ASOF).sheets)
  const same =
    JSON.stringify(rows()) === JSON.stringify(comparisonRows(pkg.units, pkg.sheets, decimalScores(pkg)))
  if (!same) throw new Error('province: the fast path and the decimal.js path disagree')

  const first = new Set(
    treeOrder(pkg.units)
      .slice(0, FIRST_SLICE)
      .map((u) => u.id),
  )
  const firstPkg = subset(pkg, first)
  const ordered = treeOrder(pkg.units)
  const halves = [0, 1].map((h) =>
    subset(pkg, new Set(ordered.filter((_, k) => k % 2 === h).map((u) => u.id))),
  )

  const comparisonScore = time(runs, rows)
  const comparisonScoreDecimal = time(Math.min(runs, 3), () => decimalScores(pkg))
  const sumFloor = time(runs, () => {
    const acc = new DecimalAccumulator()
    for (const e of pkg.progress) acc.add(e.value)
    return acc.total()
  })
  const firstSliceScore = time(runs, () =>
    comparisonRows(firstPkg.units, firstPkg.sheets, scorePackage(firstPkg, ASOF).sheets),
  )
  const poolCode = bundleOf('bench/pool-worker.ts')
  const starts: number[] = []
  let workers: Worker[] = []
  for (let r = 0; r < 3; r++) {
    await Promise.all(workers.map((w) => w.terminate()))
    const start = performance.now()
    workers = await Promise.all([startWorker(poolCode), startWorker(poolCode)])
    starts.push(performance.now() - start)
  }
  const pool2 = await timeAsync(runs, () => Promise.all(workers.map((w, k) => ask(w, halves[k]!))))
  await Promise.all(workers.map((w) => w.terminate()))

  const cliTimes: number[] = []
  const floorTimes: number[] = []
  const floorBundle = bundleOf('bench/floor-sum.ts')
  const run = (args: string[]) => {
    const start = performance.now()
    const r = spawnSync(process.execPath, args, { maxBuffer: 1 << 29, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(r.stderr.slice(0, 500))
    return performance.now() - start
  }
  run(['src/cli/launch.mjs', 'score', file, '--json'])
  for (let r = 0; r < runs; r++) {
    cliTimes.push(run(['src/cli/launch.mjs', 'score', file, '--json']))
    floorTimes.push(run([floorBundle, file]))
  }
  return {
    units: pkg.units.length,
    sheets: pkg.sheets.length,
    progress: pkg.progress.length,
    comparisonScore,
    comparisonScoreDecimal,
    sumFloor,
    firstSliceScore,
    pool2,
    poolStart: stats(starts),
    cli: stats(cliTimes),
    cliFloor: stats(floorTimes),
  }
}

// Run alone: npx tsx bench/province-measures.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureProvince(
    Number(process.env.BENCH_SEED ?? 20250101),
    Number(process.env.BENCH_RUNS ?? 5),
    'bench/results',
  )
  const line = (name: string, s: Stats) =>
    `${name.padEnd(44)} ${s.median.toFixed(1)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`
  console.log(
    `province: ${figures.units} units, ${figures.sheets} sheets, ${figures.progress} progress entries`,
  )
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'object') console.log(line(k, v))
}
