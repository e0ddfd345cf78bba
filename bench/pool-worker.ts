// One thread of the pool experiment (bench/province-measures.ts): scores the package it is sent and
// sends back the comparison rows, as a worker pool for the comparison or the command line would.
import { parentPort } from 'node:worker_threads'
import { comparisonRows } from '../src/domain/dashboard/comparison'
import { scorePackage } from '../src/domain/scoring/package'
import type { LedgerPackage } from '../src/domain/types'

parentPort!.on('message', ({ pkg, asOf }: { pkg: LedgerPackage; asOf: string }) => {
  parentPort!.postMessage(comparisonRows(pkg.units, pkg.sheets, scorePackage(pkg, asOf).sheets))
})
