// What chaining the audit log costs a write: one entry saved, and an import of 2,000 entries
// (plus 200 indicators, each audited on its own). Run: npx tsx bench/audit-chain-cost.ts
// (fake-indexeddb in Node; the figures compare runs on one machine, not a browser's absolute speed).
import 'fake-indexeddb/auto'
import { importPackage } from '../src/db/import-package'
import { addProgress } from '../src/db/progress'
import type { LedgerPackage } from '../src/domain/types'
import { smallPackage, world } from '../tests/unit/db/helpers'

const ROUNDS = Number(process.env.ROUNDS ?? 7)

function bigPackage(): LedgerPackage {
  const pkg = smallPackage()
  const sheet = pkg.sheets[0]!
  const base = sheet.indicators[0]!
  sheet.indicators = Array.from({ length: 200 }, (_, i) => ({ ...base, id: `i${i}`, weight: 0.5 }))
  pkg.progress = Array.from({ length: 2000 }, (_, i) => ({
    id: `e${i}`,
    indicatorId: `i${i % 200}`,
    date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
    value: String(i),
    note: `第${i}条`,
    by: '张三',
  }))
  pkg.judgements = []
  return pkg
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main() {
  const imports: number[] = []
  const saves: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const w = await world()
    let t = performance.now()
    await importPackage(w.db, bigPackage(), w.admin)
    imports.push(performance.now() - t)
    for (let i = 0; i < 20; i++) {
      t = performance.now()
      await addProgress(w.db, w.entry, { indicatorId: 'i1', date: '2025-12-01', value: '1', note: `n${i}` })
      saves.push(performance.now() - t)
    }
    w.db.close()
  }
  console.log(`import of 2,000 entries: median ${median(imports).toFixed(1)} ms (${ROUNDS} runs)`)
  console.log(`one entry saved: median ${median(saves).toFixed(2)} ms (${saves.length} saves)`)
}

void main()
