// The command line's floor: start the same runtime, read and parse the same file, and sum every
// progress and spending value exactly in a plain loop. Nothing the CLI does can be faster than this.
import { readFileSync } from 'node:fs'
import { DecimalAccumulator } from '../src/domain/exact-sum'

const file = process.argv[2]
if (!file) throw new Error('usage: floor-sum FILE')
const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
  progress: { value: string }[]
  spending: { amount: string }[]
}
const acc = new DecimalAccumulator()
for (const e of pkg.progress) acc.add(e.value)
for (const e of pkg.spending) acc.add(e.amount)
process.stdout.write(`${acc.total().toFixed()}\n`)
