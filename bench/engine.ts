// Engine benchmark: a seeded package of 25 sheets × 20 indicators and 200,000 progress entries,
// scored (a) by the CLI as a process and (b) in process, against a floor that only sums the same
// entries with the same decimal type. Targets: CLI ≤ 1 s, in-process ≤ 3 × floor.
import { DecimalAccumulator } from '../src/domain/exact-sum'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Decimal } from '../src/domain/decimal'
import { scorePackage } from '../src/domain/scoring'
import { readPackage } from '../src/domain/exchange'
import { runScore } from '../src/cli/score'
import type {
  Indicator,
  Judgement,
  LedgerPackage,
  ProgressEntry,
  Sheet,
  SpendingEntry,
  Target,
} from '../src/domain/types'

const SHEETS = 25
const INDICATORS_PER_SHEET = 20
const ENTRIES = 200_000
const CLI_RUNS = 5
const ENGINE_RUNS = 7

/** mulberry32: small, fast, and the same numbers on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = prng(20250101)
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
const cents = (max: number) => `${int(0, max)}.${String(int(0, 99)).padStart(2, '0')}`
const date = () => `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`

function makeIndicator(sheetIndex: number, k: number): Indicator {
  const id = `s${sheetIndex}-i${k}`
  const kind = k % 10
  const base = { id, level1: '产出指标', level2: '数量指标', name: `指标 ${id}`, weight: k < 10 ? 5 : 4 }
  let target: Target
  let measure: Indicator['measure'] = 'cumulative'
  let extra: Partial<Indicator> = {}
  if (kind === 9) target = { op: 'qualitative', text: '有效提升' }
  else if (kind === 8) {
    target = { op: '>=', value: '95', unit: '%' }
    measure = 'latest'
    extra = { level1: '满意度指标', level2: '满意度指标', rule: '满意度赋分' }
  } else if (kind === 7) {
    target = { op: '=', value: '100', unit: '%' }
    measure = 'latest'
  } else if (kind === 6) target = { op: '<=', value: String(int(500, 5000)), unit: '万元' }
  else {
    target = { op: '>=', value: String(int(200, 20000)), unit: '次' }
    if (kind === 5)
      extra = { plan: [3, 6, 9, 12].map((month, q) => ({ month, value: String(((q + 1) * 100) / 4) })) }
    if (kind === 5) target = { op: '>=', value: '100', unit: '次' }
  }
  const text = target.op === 'qualitative' ? target.text : `${target.op}${target.value}${target.unit}`
  return { ...base, target, targetText: text, measure, ...extra }
}

function generate(): LedgerPackage {
  const sheets: Sheet[] = []
  for (let s = 0; s < SHEETS; s++) {
    const budget = cents(5000)
    sheets.push({
      id: `s${s}`,
      unitId: 'u1',
      year: 2025,
      kind: s === 0 ? 'department' : 'project',
      name: `绩效目标表 ${s}`,
      goals: [],
      budget: { initial: budget, adjusted: budget },
      funds: { fiscal: budget, other: '0.00' },
      scoring: s % 5 === 0 ? { rounding: 'whole', reverse: 'ratio' } : {},
      indicators: Array.from({ length: INDICATORS_PER_SHEET }, (_, k) => makeIndicator(s, k)),
    })
  }
  const measured = sheets.flatMap((s) => s.indicators.filter((i) => i.target?.op !== 'qualitative'))
  const progress: ProgressEntry[] = []
  for (let n = 0; n < ENTRIES; n++) {
    const indicator = measured[int(0, measured.length - 1)]!
    const value = indicator.measure === 'latest' ? String(int(80, 100)) : cents(20)
    progress.push({ id: `e${n}`, indicatorId: indicator.id, date: date(), value })
  }
  const spending: SpendingEntry[] = []
  for (let n = 0; n < 5000; n++)
    spending.push({ id: `x${n}`, sheetId: `s${int(0, SHEETS - 1)}`, date: date(), amount: cents(50) })
  const judgements: Judgement[] = sheets.flatMap((s) =>
    s.indicators
      .filter((i) => i.target?.op === 'qualitative')
      .map((i) => ({ indicatorId: i.id, tier: '达成' as const, score: String(i.weight * 0.9) })),
  )
  return {
    format: 'perf-ledger',
    version: 1,
    units: [{ id: 'u1', name: '基准单位', parentId: null }],
    sheets,
    progress,
    spending,
    judgements,
    overrides: [],
    notApplicable: [],
    deviations: [],
  }
}

function stats(ms: number[]): { median: number; min: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

const show = (s: { median: number; min: number; max: number }) =>
  `median ${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`

function time(runs: number, fn: () => unknown): number[] {
  const out: number[] = []
  for (let r = 0; r < runs; r++) {
    const start = performance.now()
    fn()
    out.push(performance.now() - start)
  }
  return out
}

const pkg = generate()
const dir = mkdtempSync(join(tmpdir(), 'perf-ledger-bench-'))
const file = join(dir, 'bench-package.json')
// Exported files carry no targetText (the reader derives it), as the exchange format says.
const exported = {
  ...pkg,
  sheets: pkg.sheets.map((s) => ({ ...s, indicators: s.indicators.map(({ targetText: _t, ...i }) => i) })),
}
writeFileSync(file, JSON.stringify(exported))
if (process.env.BENCH_KEEP) writeFileSync(process.env.BENCH_KEEP, JSON.stringify(exported))
const indicatorCount = pkg.sheets.reduce((n, s) => n + s.indicators.length, 0)
console.log(
  `package: ${pkg.sheets.length} sheets, ${indicatorCount} indicators, ${pkg.progress.length} progress entries, ${pkg.spending.length} spending entries`,
)

// (a) the command line as a process, started as `npm run ledger` starts it (plain Node on the bundle
// src/cli/launch.mjs keeps fresh); the stand-in runner under tsx where that is missing or fails
function runCli(args: string[]): { ok: boolean; stderr: string } {
  const run = spawnSync(process.execPath, args, {
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  })
  return { ok: run.status === 0, stderr: run.stderr }
}
const candidates: Array<{ label: string; args: string[] }> = []
if (existsSync('src/cli/launch.mjs'))
  candidates.push({
    label: 'node src/cli/launch.mjs score FILE --json (npm run ledger)',
    args: ['src/cli/launch.mjs', 'score', file, '--json'],
  })
candidates.push({
  label: 'bench/score-runner.ts FILE (readPackage + runScore)',
  args: ['--import', 'tsx', 'bench/score-runner.ts', file],
})
console.log('\n(a) CLI as a process')
for (const candidate of candidates) {
  const first = runCli(candidate.args)
  if (!first.ok) {
    const lines = first.stderr.split('\n')
    console.log(`    ${candidate.label}: failed: ${lines.find((l) => /error/i.test(l)) ?? lines[0]}`)
    continue
  }
  const cli = stats(time(CLI_RUNS, () => runCli(candidate.args)))
  console.log(`    ${candidate.label}`)
  console.log(`    ${show(cli)}  target ≤ 1000 ms: ${cli.median <= 1000 ? 'met' : 'NOT met'}`)
  break
}

// (b) in process
let check = ''
const engine = stats(
  time(2 + ENGINE_RUNS, () => {
    check = scorePackage(pkg).sheets[0]!.total
  }).slice(2),
)
let floorSum = new Decimal(0)
const floor = stats(
  time(2 + ENGINE_RUNS, () => {
    let acc = new Decimal(0)
    for (const entry of pkg.progress) acc = acc.plus(entry.value)
    floorSum = acc
  }).slice(2),
)
// The strictest exact floor: the engine's own integer-millionths accumulator in a bare loop.
let accumulatorSum = ''
const accumulatorFloor = stats(
  time(2 + ENGINE_RUNS, () => {
    const acc = new DecimalAccumulator()
    for (const entry of pkg.progress) acc.add(entry.value)
    accumulatorSum = acc.total().toFixed()
  }).slice(2),
)
let floatSum = 0
const float = stats(
  time(2 + ENGINE_RUNS, () => {
    let acc = 0
    for (const entry of pkg.progress) acc += Number(entry.value)
    floatSum = acc
  }).slice(2),
)
const ratioToFloor = engine.median / floor.median
console.log('\n(b) in process')
console.log(`    scorePackage:               ${show(engine)}  (first sheet total ${check})`)
console.log(`    floor, decimal.js sum only: ${show(floor)}  (sum ${floorSum.toFixed()})`)
console.log(`    floor, exact accumulator:   ${show(accumulatorFloor)}  (sum ${accumulatorSum})`)
console.log(`    float loop (information):   ${show(float)}  (sum ${floatSum})`)
console.log(
  `    ratio scorePackage / floor: ${ratioToFloor.toFixed(2)}  target ≤ 3: ${ratioToFloor <= 3 ? 'met' : 'NOT met'}`,
)
const ratioToAccumulator = engine.median / accumulatorFloor.median
console.log(
  `    ratio scorePackage / exact-accumulator floor: ${ratioToAccumulator.toFixed(2)}  target ≤ 3: ${ratioToAccumulator <= 3 ? 'met' : 'NOT met'}`,
)

// (c) where a CLI run spends its time, in process
const fileText = readFileSync(file, 'utf8')
const parseMs = stats(time(3, () => JSON.parse(fileText)))
let readOk = false
const readMs = stats(time(3, () => (readOk = readPackage(fileText).ok)))
const jsonMs = stats(time(3, () => runScore(pkg, { json: true })))
console.log('\n(c) breakdown of one CLI run (in process)')
console.log(`    JSON.parse alone:           ${show(parseMs)}`)
console.log(`    readPackage (read+validate): ${show(readMs)}${readOk ? '' : '  (refused the file!)'}`)
console.log(`    runScore --json (score+print): ${show(jsonMs)}`)

if (process.env.KEEP_BENCH_FILE) console.log(`kept ${file}`)
else rmSync(dir, { recursive: true, force: true })
