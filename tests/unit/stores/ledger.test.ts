// The ledger store: the current unit-year as one live package and the engine's scores of it.
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useEntryStore } from '@/stores/entry'
import { useLedgerStore } from '@/stores/ledger'
import { useSessionStore } from '@/stores/session'
import { openTestDb, stubSeedFetch, testDb } from './test-db'

vi.mock('@/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/database')>()
  const { testDb: holder } = await import('./test-db')
  return { ...actual, getDb: () => holder.current! }
})

beforeEach(async () => {
  setActivePinia(createPinia())
  await openTestDb()
  stubSeedFetch()
  await useSessionStore().start()
})

afterEach(() => {
  testDb.current?.close()
  vi.unstubAllGlobals()
})

const dept = () => useLedgerStore().scores!.sheets.find((s) => s.id === 'kz-2025-dept')!
const sports = () => dept().indicators.find((i) => i.id === 'd-i1')!

describe('ledger store', () => {
  it('scores the built-in data at year-end: nothing logged, nothing spent', () => {
    const ledger = useLedgerStore()
    ledger.setAsOf('2025-12-31')
    expect(sports().name).toBe('开展职工文体活动（次）')
    expect(sports().score).toBe('0.00')
    expect(sports().flags).toEqual(['noData'])
    expect(dept().budget.basis).toBe('411.81')
    expect(dept().budget.score).toBe('0.00')
    expect(dept().total).toBe('0.00')
    expect(dept().max).toBe('100.00')
    expect(dept().grade).toBe('差')
  })

  it('follows a new progress entry: 2 of ≥4 次 at weight 15 moves 开展职工文体活动 from 0 to 7.50', async () => {
    const ledger = useLedgerStore()
    ledger.setAsOf('2025-12-31')
    expect(sports().score).toBe('0.00')

    await useEntryStore().log({ indicatorId: 'd-i1', date: '2025-05-04', value: '2', note: '五四青年联谊' })

    // 15 × 2 / 4 = 7.50; the budget line is still 0, so the sheet's total is the same 7.50.
    await vi.waitFor(() => expect(sports().score).toBe('7.50'))
    expect(sports().actual).toBe('2')
    expect(sports().flags).toEqual([])
    expect(dept().total).toBe('7.50')
    expect(ledger.pkg!.progress.map((p) => [p.indicatorId, p.value])).toEqual([['d-i1', '2']])
  })

  it('re-reads the scores at another as-of date without a new read: mid-year 2 of 4 is on plan', async () => {
    const ledger = useLedgerStore()
    await useEntryStore().log({ indicatorId: 'd-i1', date: '2025-05-04', value: '2' })
    await vi.waitFor(() => expect(ledger.pkg!.progress).toHaveLength(1))

    ledger.setAsOf('2025-06-30')
    // 序时进度 6/12: due 4 × 6/12 = 2, v = 2 / 2 × 100 = 100 → green; year-end pace 2 × 4 / 2 = 4 → 15.00.
    expect(sports().light).toBe('green')
    expect(sports().lightValue).toBe('100.00')
    expect(sports().projectedScore).toBe('15.00')
    expect(sports().score).toBe('7.50')

    ledger.setAsOf('2025-04-30')
    // Logged on 4 May: nothing counts by 30 April.
    expect(sports().actual).toBe('0')
    expect(sports().score).toBe('0.00')
  })

  it('follows the session to a year with no sheets: no sheets, no scores, an as-of date in that year', async () => {
    const ledger = useLedgerStore()
    await useSessionStore().setYear(2026)
    await vi.waitFor(() => expect(ledger.pkg?.sheets).toEqual([]))
    expect(ledger.scores).toBeNull()
    // The as-of date moves into the new year (which day depends on today).
    expect(ledger.asOf.slice(0, 5)).toBe('2026-')
  })
})
