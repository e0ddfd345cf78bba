// Node side: the command line scoring the whole file as a process, against a process that only reads
// the file and sums the same entries (the floor), plus the in-process split.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { DecimalAccumulator } from '../src/domain/exact-sum'
import { scorePackage } from '../src/domain/scoring'
import type { LedgerPackage } from '../src/domain/types'
import { stats, type Stats } from './stats'

export interface NodeFigures {
  cli: Stats
  cliFloor: Stats
  scoreInProcess: Stats
  sumInProcess: Stats
  cliSheets: number
}

function runProcess(args: string[]): number {
  const start = performance.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  })
  const ms = performance.now() - start
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.slice(0, 500)}`)
  return ms
}

export function measureNode(file: string, pkg: LedgerPackage, runs: number): NodeFigures {
  const cliArgs = ['src/cli/main.ts', 'score', file, '--json']
  const first = spawnSync(process.execPath, ['--import', 'tsx', ...cliArgs], {
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  })
  if (first.status !== 0) throw new Error(`CLI failed: ${first.stderr.slice(0, 500)}`)
  const parsed = JSON.parse(first.stdout) as { sheets?: unknown[] } | unknown[]
  const cliSheets = Array.isArray(parsed) ? parsed.length : (parsed.sheets?.length ?? 0)
  const cli = stats(Array.from({ length: runs }, () => runProcess(cliArgs)))
  const cliFloor = stats(Array.from({ length: runs }, () => runProcess(['bench/floor-sum.ts', file])))

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
  return { cli, cliFloor, scoreInProcess, sumInProcess, cliSheets }
}
