// @vitest-environment node
// The dashboard store: the overview's figures for the built-in data at 30 June 2025 (序时进度 6/12),
// before and after one entry. (Evidence files are Blobs: node's Blob is the one fake-indexeddb stores.)
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDashboardStore } from '@/stores/dashboard'
import { useEntryStore } from '@/stores/entry'
import { useLedgerStore } from '@/stores/ledger'
import { useSessionStore } from '@/stores/session'
import { openTestDb, stubSeedFetch, testDb } from './test-db'

vi.mock('@/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/database')>()
  const { testDb: holder } = await import('./test-db')
  return { ...actual, getDb: () => holder.current! }
})

const DEPT = ['d-i1', 'd-i2', 'd-i3', 'd-i4', 'd-i5', 'd-i6']
/** The project sheet's summed indicators; p1-i2, p1-i3, p1-i7 are readings, p1-i6 is 定性. */
const PROJECT_CUMULATIVE = ['p1-i1', 'p1-i4', 'p1-i5']

beforeEach(async () => {
  setActivePinia(createPinia())
  await openTestDb()
  stubSeedFetch()
  await useSessionStore().start()
  useLedgerStore().setAsOf('2025-06-30')
})

afterEach(() => {
  testDb.current?.close()
  vi.unstubAllGlobals()
})

describe('dashboard store on the built-in data, 2025-06-30', () => {
  it('one card per sheet: nothing spent against 411.81 and 100.00 at 50 % of the year is red', () => {
    const dashboard = useDashboardStore()
    expect(
      dashboard.sheets.map(({ sheet, score }) => [
        sheet.id,
        score.budget.basis,
        score.budget.rate,
        score.budget.timeProgress,
        score.budget.light,
        score.total,
        score.light,
      ]),
    ).toEqual([
      ['kz-2025-dept', '411.81', '0.00', '50.00', 'red', '0.00', 'red'],
      ['kz-2025-proj-1', '100.00', '0.00', '50.00', 'red', '0.00', 'red'],
    ])
    // The department sheet's six counts: 0 done, 50 % of each due by now.
    expect(dashboard.sheets[0]!.completion.map((r) => [r.id, r.completion, r.expected])).toEqual(
      DEPT.map((id) => [id, '0.00', '50.00']),
    )
  })

  it('needs attention: both budget lines and the nine summed indicators with nothing logged, all at v = 0', () => {
    const dashboard = useDashboardStore()
    expect(dashboard.attention.map((a) => [a.indicatorId, a.light, a.lightValue])).toEqual(
      [null, ...DEPT, null, ...PROJECT_CUMULATIVE].map((id) => [id, 'red', '0.00']),
    )
  })

  it('not recorded lately (30 days): the twelve quantitative indicators, 180 days since 1 January', () => {
    const dashboard = useDashboardStore()
    // 1 January → 30 June 2025: 31 + 28 + 31 + 30 + 31 + 29 = 180 days.
    expect(dashboard.stale.map((s) => [s.indicatorId, s.days, s.lastEntry]).sort()).toEqual(
      [...DEPT, 'p1-i1', 'p1-i2', 'p1-i3', 'p1-i4', 'p1-i5', 'p1-i7'].map((id) => [id, 180, null]),
    )
    dashboard.setStaleDays(181)
    expect(dashboard.stale).toEqual([])
  })

  it('after 2 of ≥4 次 logged on 30 June, 开展职工文体活动 is on plan and leaves both lists', async () => {
    const dashboard = useDashboardStore()
    const { entry } = await useEntryStore().log({ indicatorId: 'd-i1', date: '2025-06-30', value: '2' })
    await vi.waitFor(() => expect(dashboard.sheets[0]!.score.total).toBe('7.50'))

    const detail = dashboard.detailOf('d-i1')!
    expect(detail.sheet.id).toBe('kz-2025-dept')
    expect(detail.entries.map((e) => e.id)).toEqual([entry.id])
    // due 4 × 6/12 = 2, v = 100 → green; 15 × 2 / 4 = 7.50; at this pace 4 by year-end → 15.00.
    expect([
      detail.score.light,
      detail.score.lightValue,
      detail.score.score,
      detail.score.projectedScore,
    ]).toEqual(['green', '100.00', '7.50', '15.00'])
    expect(dashboard.sheets[0]!.completion[0]).toMatchObject({
      id: 'd-i1',
      completion: '50.00',
      expected: '50.00',
    })
    expect(dashboard.attention.map((a) => a.indicatorId)).not.toContain('d-i1')
    expect(dashboard.attention).toHaveLength(10)
    expect(dashboard.stale.map((s) => s.indicatorId)).not.toContain('d-i1')
    expect(dashboard.stale).toHaveLength(11)
    expect(dashboard.detailOf('no-such-indicator')).toBeNull()
  })

  it('loads the evidence files of the given entries', async () => {
    const dashboard = useDashboardStore()
    const { entry } = await useEntryStore().log({ indicatorId: 'd-i6', date: '2025-06-12', value: '1' }, [
      { file: new Blob(['签到表'], { type: 'text/plain' }), name: '集体协商观摩签到表.txt' },
    ])
    const files = await dashboard.loadEvidence([entry.id])
    expect(files.map((f) => [f.ownerId, f.name, f.type, f.blob.size])).toEqual([
      [entry.id, '集体协商观摩签到表.txt', 'text/plain', 9],
    ])
    expect(await dashboard.loadEvidence(['no-such-entry'])).toEqual([])
  })
})
