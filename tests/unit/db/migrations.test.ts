import { describe, expect, it } from 'vitest'
import { LATEST_VERSION, MIGRATIONS, type SchemaVersion } from '@/db/migrations'
import { listProgress } from '@/db/progress'
import { getSheet } from '@/db/sheets'
import { upgradeFrom, type Fixtures } from './migration-harness'

const meta = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 'p-admin',
  deletedAt: null,
}

const V1_FIXTURES: Fixtures = {
  units: [{ id: 'kz-fed', unitId: 'kz-fed', name: '州总工会', parentId: null, ...meta }],
  sheets: [
    {
      id: 's1',
      unitId: 'kz-fed',
      year: 2025,
      kind: 'project',
      name: '工会经费',
      goals: [],
      status: 'draft',
      budget: { initial: '100.00', adjusted: '100.00' },
      funds: { fiscal: '100.00', other: '0.00' },
      scoring: {},
      ...meta,
    },
  ],
  indicators: [
    {
      id: 'i1',
      sheetId: 's1',
      unitId: 'kz-fed',
      order: 0,
      level1: '产出指标',
      level2: '数量指标',
      name: '划拨次数',
      target: { op: '>=', value: '1', unit: '次' },
      targetText: '＞=1次',
      weight: 15,
      measure: 'cumulative',
      ...meta,
    },
  ],
  progress: [
    { id: 'e1', indicatorId: 'i1', sheetId: 's1', unitId: 'kz-fed', date: '2025-03-01', value: '1', ...meta },
    {
      id: 'e2',
      indicatorId: 'i1',
      sheetId: 's1',
      unitId: 'kz-fed',
      date: '2025-06-01',
      value: '0.5',
      ...meta,
    },
  ],
}

let n = 0
const dbName = () => `migration-${process.pid}-${n++}`

describe('schema migrations', () => {
  it('v1 → latest: progress indexed by sheet (and deletion), listings still work, digests start empty', async () => {
    expect(LATEST_VERSION).toBe(8)
    const db = await upgradeFrom(dbName(), 1, V1_FIXTURES)
    expect(db.verno).toBe(8)
    // As installed in IndexedDB, not only as declared to Dexie.
    const installed = db.backendDB().transaction('progress').objectStore('progress').indexNames
    expect([...installed].sort()).toEqual(['deletedAt', 'sheetId'])
    expect(db.backendDB().objectStoreNames.contains('sheetDigests')).toBe(true)
    expect(await db.sheetDigests.count()).toBe(0)
    expect((await getSheet(db, 's1'))?.indicators.map((i) => i.id)).toEqual(['i1'])
    expect((await listProgress(db, { indicatorId: 'i1' })).map((r) => r.value)).toEqual(['1', '0.5'])
    expect((await listProgress(db, { unitId: 'kz-fed', from: '2025-06-01' })).map((r) => r.id)).toEqual([
      'e2',
    ])
    db.close()
  })

  it('v1 → a test-defined next version: the new index works and the upgrade rewrites rows without losing any', async () => {
    const V5: readonly SchemaVersion[] = [
      ...MIGRATIONS,
      {
        version: LATEST_VERSION + 1,
        // Adds an index on progress.by and a month field filled in by the upgrade.
        stores: { progress: 'id, sheetId, deletedAt, by, month' },
        upgrade: (tx) =>
          tx
            .table('progress')
            .toCollection()
            .modify((row: { date: string; month?: number; by?: string }) => {
              row.month = Number(row.date.slice(5, 7))
              row.by ??= '未知'
            }),
      },
    ]
    const db = await upgradeFrom(dbName(), 1, V1_FIXTURES, V5)
    expect(db.verno).toBe(LATEST_VERSION + 1)
    expect(await db.progress.count()).toBe(2)
    expect((await db.progress.where('month').equals(6).toArray()).map((r) => r.id)).toEqual(['e2'])
    expect(await db.progress.where('by').equals('未知').count()).toBe(2)
    expect(await db.indicators.get('i1')).toMatchObject({ targetText: '＞=1次', weight: 15 })
    expect((await getSheet(db, 's1'))?.budget).toEqual({ initial: '100.00', adjusted: '100.00' })
    db.close()
  })
})
