// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { auditLogAll, auditLogPage, type AuditLogFilter } from '@/db/audit-log'
import type { AuditRow } from '@/db/rows'
import { freshDb } from './helpers'

const PEOPLE = [
  ['p-zhang', '张三', 'entry'],
  ['p-li', '李四', 'entry'],
  ['p-wang', '王审核', 'reviewer'],
] as const
const TABLES = ['progress', 'spending', 'sheets', 'assessments'] as const
const ACTIONS = ['create', 'update', 'delete'] as const

/**
 * n rows, one a minute from 2025-03-01T00:00Z; row i by PEOPLE[i % 3], on TABLES[i % 4], with
 * ACTIONS[⌊i / 3⌋ % 3] (not i % 3, which would tie the action to the person). Every tenth row shares
 * the instant of the row before (a bulk write), to test paging over ties.
 */
function rows(n: number): AuditRow[] {
  const start = Date.parse('2025-03-01T00:00:00Z')
  const out: AuditRow[] = []
  for (let i = 0; i < n; i++) {
    const [actorId, actorName, actorRole] = PEOPLE[i % 3]!
    const minute = i % 10 === 9 ? i - 1 : i
    const at = new Date(start + minute * 60_000).toISOString()
    out.push({
      id: `a${String(i).padStart(7, '0')}`,
      unitId: 'kz-fed',
      at,
      actorId,
      actorName,
      actorRole,
      table: TABLES[i % 4]!,
      rowId: `r${i}`,
      action: ACTIONS[Math.floor(i / 3) % 3]!,
      before: i % 2 ? { value: String(i - 1) } : null,
      after: { value: String(i) },
      createdAt: at,
      updatedAt: at,
      updatedBy: actorId,
      deletedAt: null,
      // A field this page does not know (the hash chain adds some): read and kept as it is.
      ...(i === 0 ? { hash: 'abc' } : {}),
    } as AuditRow)
  }
  return out
}

async function allPages(db: ReturnType<typeof freshDb>, filter: AuditLogFilter, size: number) {
  const seen: AuditRow[] = []
  let next = null
  do {
    const page = await auditLogPage(db, filter, next, size)
    seen.push(...page.rows)
    next = page.next
  } while (next)
  return seen
}

describe('auditLogPage', () => {
  it('one person, one day: 2025-03-01 holds minutes 0–1439, 张三 has i ≡ 0 (mod 3): 480 rows', async () => {
    const db = freshDb()
    await db.audit.bulkAdd(rows(3000))
    const filter = {
      actorId: 'p-zhang',
      fromAt: '2025-03-01T00:00:00.000Z',
      toAt: '2025-03-02T00:00:00.000Z',
    }
    const got = await allPages(db, filter, 50)
    // Minutes 0–1439 are rows 0–1439 (a tie row i = 10k + 9 sits at minute i - 1, the same day);
    // row 1440 is at minute 1440, the next day. Of 0–1439, 480 are ≡ 0 (mod 3).
    expect(got).toHaveLength(480)
    expect(new Set(got.map((r) => r.id)).size).toBe(480)
    expect(got.every((r) => r.actorId === 'p-zhang' && r.at < '2025-03-02')).toBe(true)
    // Newest first, ties by id.
    expect(got[0]!.id).toBe('a0001437')
    expect(got[got.length - 1]!.id).toBe('a0000000')
    expect((got[got.length - 1] as unknown as { hash: string }).hash).toBe('abc')
  })

  it('filters combine: 李四 deleting spending rows (i ≡ 1 mod 3, i ≡ 1 mod 4, ⌊i/3⌋ ≡ 2 mod 3) in 0–359', async () => {
    const db = freshDb()
    await db.audit.bulkAdd(rows(360))
    const got = await auditLogAll(db, { actorId: 'p-li', table: 'spending', action: 'delete' })
    const expected = [...Array(360).keys()].filter(
      (i) => i % 3 === 1 && i % 4 === 1 && Math.floor(i / 3) % 3 === 2,
    )
    // i ≡ 1 (mod 12) and ⌊i/3⌋ ≡ 2 (mod 3): i = 25, 61, 97, … every 36 → 10 rows.
    expect(expected).toHaveLength(10)
    expect(got.map((r) => r.id).sort()).toEqual(expected.map((i) => `a${String(i).padStart(7, '0')}`))
  })

  it('pages over rows sharing an instant lose and repeat none (page size 7, 500 rows)', async () => {
    const db = freshDb()
    await db.audit.bulkAdd(rows(500))
    const got = await allPages(db, {}, 7)
    expect(got).toHaveLength(500)
    expect(new Set(got.map((r) => r.id)).size).toBe(500)
    const byTable = await allPages(db, { table: 'sheets' }, 7)
    expect(byTable).toHaveLength(125)
  })
})
