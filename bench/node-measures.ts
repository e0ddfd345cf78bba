// Node side: the command line scoring the whole file as a process, against a process that only reads
// the file and sums the same entries (the floor), plus the in-process split.
// Both processes start the way `npm run ledger` starts the command line: plain Node on a bundle that
// src/cli/bundle.mjs keeps up to date (tsx costs each of them about 150 ms of start-up). The npm
// wrapper and the floor under tsx (the figures before the launcher) are kept alongside.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { DecimalAccumulator } from '../src/domain/exact-sum'
import { scorePackage } from '../src/domain/scoring'
import type { LedgerPackage } from '../src/domain/types'
import { stats, type Stats } from './stats'

export interface NodeFigures {
  /** `node src/cli/launch.mjs score FILE --json`, what `npm run ledger` runs. */
  cli: Stats
  /** The floor: plain Node on the bundled bench/floor-sum.ts. */
  cliFloor: Stats
  /** `npm run --silent ledger -- score FILE --json`, as a user types it (npm adds its own start-up). */
  cliViaNpm: Stats
  /** The floor as it was measured before: `node --import tsx bench/floor-sum.ts FILE`. */
  cliFloorWithTsx: Stats
  scoreInProcess: Stats
  sumInProcess: Stats
  cliSheets: number
}

function runProcess(command: string, args: string[]): number {
  const start = performance.now()
  const run = spawnSync(command, args, { maxBuffer: 1 << 28, encoding: 'utf8' })
  const ms = performance.now() - start
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.slice(0, 500)}`)
  return ms
}

/** The path of the up-to-date bundle of a TypeScript entry (built now if needed, untimed). */
function bundleOf(entry: string): string {
  const script = `import { freshBundle } from './src/cli/bundle.mjs'; console.log(await freshBundle(${JSON.stringify(entry)}))`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`bundling ${entry} failed: ${run.stderr.slice(0, 500)}`)
  return run.stdout.trim()
}

export function measureNode(file: string, pkg: LedgerPackage, runs: number): NodeFigures {
  const node = process.execPath
  const cliArgs = ['src/cli/launch.mjs', 'score', file, '--json']
  // Untimed first run: rebuilds the bundle if a source changed, and shows the output is a score.
  const first = spawnSync(node, cliArgs, { maxBuffer: 1 << 28, encoding: 'utf8' })
  if (first.status !== 0) throw new Error(`CLI failed: ${first.stderr.slice(0, 500)}`)
  const parsed = JSON.parse(first.stdout) as { sheets?: unknown[] } | unknown[]
  const cliSheets = Array.isArray(parsed) ? parsed.length : (parsed.sheets?.length ?? 0)
  const floorBundle = bundleOf('bench/floor-sum.ts')
  // Interleaved, so that other work on the machine weighs on every variant alike.
  const variants: [string, string[]][] = [
    [node, cliArgs],
    [node, [floorBundle, file]],
    ['npm', ['run', '--silent', 'ledger', '--', 'score', file, '--json']],
    [node, ['--import', 'tsx', 'bench/floor-sum.ts', file]],
  ]
  const times: number[][] = variants.map(() => [])
  for (let round = 0; round < runs; round++) {
    variants.forEach(([command, args], v) => times[v]!.push(runProcess(command, args)))
  }
  const [cli, cliFloor, cliViaNpm, cliFloorWithTsx] = times.map((t) => stats(t)) as [
    Stats,
    Stats,
    Stats,
    Stats,
  ]

  const time = (fn: () => unknown) => {
    fn() // warm-up
    return stats(
      Array.from({ length: runs }, () => {
        const start = performance.now()
        fn()
        return performance.now() - start
      }),
    )
  }
  const scoreInProcess = time(() => scorePackage(pkg, '2025-12-31'))
  const sumInProcess = time(() => {
    const acc = new DecimalAccumulator()
    for (const e of pkg.progress) acc.add(e.value)
    return acc.total()
  })
  return { cli, cliFloor, cliViaNpm, cliFloorWithTsx, scoreInProcess, sumInProcess, cliSheets }
}
