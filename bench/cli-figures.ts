// The command line alone, as processes, interleaved so that other work on the machine hits every
// variant alike: `npm run ledger` as a user types it, the launcher that script runs, the same source
// through tsx, the launcher's first run after a change (it rebuilds its bundle), and the floors.
// Optionally a BEFORE tree (a checkout of an older commit with node_modules linked) for comparison.
//   npx tsx bench/cli-figures.ts [FILE]   env: RUNS (7), BEFORE (path of the older tree)
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { freshBundle } from '../src/cli/bundle.mjs'
import { stats, type Stats } from './stats'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const file = process.argv[2] ?? 'bench/results/provincial-20250101.json'
const runs = Number(process.env.RUNS ?? 7)
const before = process.env.BEFORE
const node = process.execPath

interface Variant {
  name: string
  command: string
  args: string[]
  cwd?: string
  /** Runs before each timed run, untimed. */
  prepare?: () => void
}

const absFile = join(ROOT, file)
const score = ['score', absFile, '--json']
const floorBundle = await freshBundle('bench/floor-sum.ts')

const variants: Variant[] = [
  {
    name: 'npm run --silent ledger -- score',
    command: 'npm',
    args: ['run', '--silent', 'ledger', '--', ...score],
  },
  { name: 'node src/cli/launch.mjs score', command: node, args: ['src/cli/launch.mjs', ...score] },
  {
    name: 'same, first run after a change (rebuild)',
    command: node,
    args: ['src/cli/launch.mjs', ...score],
    prepare: () => {
      for (const name of ['src_cli_main.mjs', 'src_cli_main.inputs.json'])
        rmSync(join(ROOT, 'node_modules/.cache/perf-ledger-cli', name), { force: true })
    },
  },
  {
    name: 'node --import tsx src/cli/main.ts score',
    command: node,
    args: ['--import', 'tsx', 'src/cli/main.ts', ...score],
  },
  {
    name: 'floor: node --import tsx bench/floor-sum.ts',
    command: node,
    args: ['--import', 'tsx', 'bench/floor-sum.ts', absFile],
  },
  { name: 'floor: node (bundled floor-sum)', command: node, args: [floorBundle, absFile] },
]
if (before) {
  variants.push(
    {
      name: 'BEFORE npm run --silent ledger -- score',
      command: 'npm',
      args: ['run', '--silent', 'ledger', '--', ...score],
      cwd: before,
    },
    {
      name: 'BEFORE node --import tsx src/cli/main.ts score',
      command: node,
      args: ['--import', 'tsx', 'src/cli/main.ts', ...score],
      cwd: before,
    },
  )
}

// CPU time (user + system, all threads) through GNU time where it exists: on a shared machine it
// moves far less than the wall clock, so it tells changes apart when the wall clock cannot.
const GNU_TIME = '/usr/bin/time'
const cpuFile = join(tmpdir(), `cli-figures-${process.pid}.txt`)
const withCpu = existsSync(GNU_TIME)

const times = new Map<string, number[]>(variants.map((v) => [v.name, []]))
const cpu = new Map<string, number[]>(variants.map((v) => [v.name, []]))
const outputs = new Map<string, string>()
for (let round = 0; round < runs; round++) {
  for (const v of variants) {
    v.prepare?.()
    const [command, args] = withCpu
      ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, v.command, ...v.args]]
      : [v.command, v.args]
    const start = performance.now()
    const run = spawnSync(command, args, { cwd: v.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 1 << 28 })
    const ms = performance.now() - start
    if (run.status !== 0) throw new Error(`${v.name}: ${run.stderr.slice(0, 500)}`)
    times.get(v.name)!.push(ms)
    if (withCpu) {
      const [user, system] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number)
      cpu.get(v.name)!.push((user! + system!) * 1000)
    }
    if (!v.name.startsWith('floor')) outputs.set(v.name, run.stdout)
  }
}
if (withCpu) rmSync(cpuFile, { force: true })
// The rebuild must have left a fresh bundle for whatever runs next.
await freshBundle('src/cli/main.ts')

const distinct = new Set(outputs.values())
const fmt = (s: Stats) => `${s.median.toFixed(0).padStart(6)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`
console.log(`${file}, ${runs} runs each, interleaved, ms: median (min–max); load ${loadavg()[0]!.toFixed(1)}`)
console.log(`${'variant'.padEnd(48)} ${'wall'.padEnd(20)} ${withCpu ? 'CPU (user + system)' : ''}`)
for (const v of variants) {
  const wall = fmt(stats(times.get(v.name)!))
  console.log(`${v.name.padEnd(48)} ${wall.padEnd(20)} ${withCpu ? fmt(stats(cpu.get(v.name)!)) : ''}`)
}
console.log(
  distinct.size === 1 ? 'every score variant printed the same output' : `OUTPUTS DIFFER: ${distinct.size}`,
)
