// Stand-in for `src/cli/main.ts score FILE --json` while the CLI main does not exist.
import { readFileSync } from 'node:fs'
import { readPackage } from '../src/domain/exchange'
import { runScore } from '../src/cli/score'

const file = process.argv[2]
if (!file) throw new Error('usage: score-runner FILE')
const result = readPackage(readFileSync(file, 'utf8'))
if (!result.ok) {
  process.stderr.write(`${JSON.stringify(result.issues.slice(0, 5))}\n`)
  process.exit(2)
}
process.stdout.write(runScore(result.pkg, { json: true }))
