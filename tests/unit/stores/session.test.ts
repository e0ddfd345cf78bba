// The session store: the first visit (administrator + built-in data), what it opens on, profiles.
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLedgerStore } from '@/stores/ledger'
import { useSessionStore } from '@/stores/session'
import { openTestDb, stubSeedFetch, testDb } from './test-db'

vi.mock('@/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/database')>()
  const { testDb: holder } = await import('./test-db')
  return { ...actual, getDb: () => holder.current! }
})

let fetchMock: ReturnType<typeof stubSeedFetch>

beforeEach(async () => {
  setActivePinia(createPinia())
  await openTestDb()
  fetchMock = stubSeedFetch()
})

afterEach(() => {
  testDb.current?.close()
  vi.unstubAllGlobals()
})

describe('session.start', () => {
  it('on an empty database creates 管理员, loads the built-in 2025 data and opens on it', async () => {
    const session = useSessionStore()
    await session.start()

    expect(session.error).toBe('')
    expect(session.status).toBe('ready')
    // The package and its budget disclosure (not found here: optional, the targets load without it).
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(session.profiles.map((p) => [p.name, p.role])).toEqual([['管理员', 'admin']])
    expect(session.profile?.role).toBe('admin')
    expect(session.units.map((u) => u.name)).toEqual(['克孜勒苏柯尔克孜自治州总工会'])
    expect(session.unit?.name).toBe('克孜勒苏柯尔克孜自治州总工会')
    expect(session.unitId).toBe('kz-fed')
    expect(session.years).toEqual([2025])
    expect(session.year).toBe(2025)
  })

  it('has read the unit-year before it reports ready: the ledger holds both sheets', async () => {
    const session = useSessionStore()
    await session.start()
    const ledger = useLedgerStore()
    expect(ledger.pkg?.sheets.map((s) => [s.id, s.indicators.length])).toEqual([
      ['kz-2025-dept', 6],
      ['kz-2025-proj-1', 7],
    ])
  })

  it('does not load the built-in data a second time into a database that has a unit', async () => {
    await useSessionStore().start()
    setActivePinia(createPinia())
    const again = useSessionStore()
    await again.start()
    expect(again.status).toBe('ready')
    // Only the first start fetched (the package and its disclosure).
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(await testDb.current!.sheets.count()).toBe(2)
    expect(again.profiles).toHaveLength(1)
  })

  it('reports an error, not ready, when the built-in data cannot be fetched', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    )
    const session = useSessionStore()
    await session.start()
    expect(session.status).toBe('error')
    expect(session.error).toMatch(/samples\/kizilsu-zgh-2025\.json: HTTP 404$/)
    expect(await testDb.current!.units.count()).toBe(0)
  })
})

describe('session profiles', () => {
  it('adds a profile with a PIN, switches to it only with that PIN, and keeps the acting profile otherwise', async () => {
    const session = useSessionStore()
    await session.start()
    await session.addProfile('张三', 'entry', '2468')
    expect(session.profiles.map((p) => p.name).sort()).toEqual(['张三', '管理员'].sort())

    const zhang = session.profiles.find((p) => p.name === '张三')!
    expect(await session.switchProfile(zhang.id, '1357')).toBe(false)
    expect(session.profile?.name).toBe('管理员')
    expect(await session.switchProfile(zhang.id, '2468')).toBe(true)
    expect(session.profile?.name).toBe('张三')
    expect(session.profile?.role).toBe('entry')
  })

  it('a year that has no sheets is kept when set, and sheetsNow lists nothing for it', async () => {
    const session = useSessionStore()
    await session.start()
    expect((await session.sheetsNow()).map((s) => s.id).sort()).toEqual(['kz-2025-dept', 'kz-2025-proj-1'])
    await session.setYear(2026)
    expect(session.year).toBe(2026)
    expect(await session.sheetsNow()).toEqual([])
  })
})
