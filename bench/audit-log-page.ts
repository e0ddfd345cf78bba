// The 操作日志 page at 200,000 audit rows: how long the first page and a deep page take, per filter.
// Run: npx tsx bench/audit-log-page.ts   (fake-indexeddb in Node; a browser's IndexedDB is faster)
import 'fake-indexeddb/auto'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { auditLogPage, type AuditCursor, type AuditLogFilter } from '../src/db/audit-log'
import { openLedgerDb } from '../src/db/database'
import type { AuditRow } from '../src/db/rows'

const N = Number(process.env.N ?? 200_000)
const people = Array.from({ length: 20 }, (_, i) => `p${i}`)
const tables = ['progress', 'spending', 'sheets', 'indicators', 'assessments']
const actions = ['create', 'update', 'delete', 'import'] as const

async function main() {
  const db = openLedgerDb(`bench-audit-${Date.now()}`, { dexie: { indexedDB, IDBKeyRange } })
  const start = Date.parse('2025-01-01T00:00:00Z')
  const t0 = performance.now()
  for (let b = 0; b < N; b += 10_000) {
    const rows: AuditRow[] = []
    for (let i = b; i < Math.min(N, b + 10_000); i++) {
      const at = new Date(start + i * 150_000).toISOString() // 200,000 rows ≈ one year
      rows.push({
        id: `a${String(i).padStart(7, '0')}`,
        unitId: 'u',
        at,
        actorId: people[i % 20]!,
        actorName: `P${i % 20}`,
        actorRole: 'entry',
        table: tables[i % 5]!,
        rowId: `r${i}`,
        action: actions[Math.floor(i / 20) % 4]!,
        before: null,
        after: { value: String(i) },
        createdAt: at,
        updatedAt: at,
        updatedBy: 'x',
        deletedAt: null,
        // Not a valid chain (the page does not read it); only the fields' shape.
        seq: i + 1,
        prevHash: '',
        hash: '',
      })
    }
    await db.audit.bulkAdd(rows)
  }
  console.log(`${N} rows written in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  const cases: [string, AuditLogFilter][] = [
    ['no filter', {}],
    ['one person', { actorId: 'p7' }],
    ['one person, one day', { actorId: 'p7', fromAt: '2025-06-01T00:00:00Z', toAt: '2025-06-02T00:00:00Z' }],
    ['kind + action', { table: 'sheets', action: 'delete' }],
    ['action only', { action: 'import' }],
  ]
  for (const [name, filter] of cases) {
    const times: number[] = []
    let cursor: AuditCursor | null = null
    let count = 0
    for (let page = 0; page < 20; page++) {
      const t = performance.now()
      const res = await auditLogPage(db, filter, cursor, 50)
      times.push(performance.now() - t)
      count += res.rows.length
      cursor = res.next
      if (!cursor) break
    }
    const first = times[0]!.toFixed(1)
    const later = (times.slice(1).reduce((a, b) => a + b, 0) / Math.max(1, times.length - 1)).toFixed(1)
    console.log(
      `${name}: first page ${first} ms, next pages ${later} ms each (${count} rows in ${times.length} pages)`,
    )
  }
}
main()
