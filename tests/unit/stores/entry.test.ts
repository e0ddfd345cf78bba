// @vitest-environment node
// The entry store: saves through the database as the acting profile, and its lists follow.
// (Evidence files are Blobs: the node environment's Blob is the one fake-indexeddb can store.)
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useEntryStore } from '@/stores/entry'
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

describe('entry store', () => {
  it('starts empty on the built-in data, and an administrator may log', async () => {
    const entry = useEntryStore()
    await vi.waitFor(() => expect(entry.loading).toBe(false))
    expect(entry.progress).toEqual([])
    expect(entry.spending).toEqual([])
    expect(entry.canLog).toBe(true)
  })

  it('log saves one row in the database, signed by the acting profile, and the store lists it', async () => {
    const entry = useEntryStore()
    const { entry: saved } = await entry.log({
      indicatorId: 'd-i1',
      date: '2025-05-04',
      value: '2',
      note: '五四青年联谊',
    })

    const row = await testDb.current!.progress.get(saved.id)
    expect(row).toMatchObject({
      indicatorId: 'd-i1',
      sheetId: 'kz-2025-dept',
      unitId: 'kz-fed',
      date: '2025-05-04',
      value: '2',
      note: '五四青年联谊',
      by: '管理员',
    })
    await vi.waitFor(() => expect(entry.progress.map((r) => r.id)).toEqual([saved.id]))
    expect(entry.recentIndicatorIds).toEqual(['d-i1'])
    expect(entry.people).toEqual(['管理员'])
    expect(entry.evidenceCount.get(saved.id)).toBeUndefined()
  })

  it('log with a photo stores the file with the entry and counts it', async () => {
    const entry = useEntryStore()
    const photo = new Blob(['not really a jpeg'], { type: 'image/jpeg' })
    const { entry: saved, attachments } = await entry.log(
      { indicatorId: 'd-i3', date: '2025-07-01', value: '1' },
      [{ file: photo, name: '技能竞赛.jpg' }],
    )
    expect(attachments.map((a) => [a.name, a.size])).toEqual([['技能竞赛.jpg', 17]])
    await vi.waitFor(() => expect(entry.evidenceCount.get(saved.id)).toBe(1))
    expect(entry.attachments.map((a) => a.ownerId)).toEqual([saved.id])
  })

  it('update, remove and restore change the row and move it between the lists', async () => {
    const entry = useEntryStore()
    const { entry: saved } = await entry.log({ indicatorId: 'd-i1', date: '2025-05-04', value: '2' })

    await entry.update(saved.id, { value: '3' })
    expect((await testDb.current!.progress.get(saved.id))!.value).toBe('3')
    await vi.waitFor(() => expect(entry.progress.map((r) => r.value)).toEqual(['3']))

    await entry.remove(saved.id, '重复填报')
    await vi.waitFor(() => expect(entry.progress).toEqual([]))
    expect(entry.deletedProgress.map((r) => r.id)).toEqual([saved.id])

    await entry.restore(saved.id)
    await vi.waitFor(() => expect(entry.progress.map((r) => r.id)).toEqual([saved.id]))
    expect(entry.deletedProgress).toEqual([])

    // Newest first.
    const actions = (await entry.auditOf('progress', saved.id)).map((a) => a.action)
    expect(actions).toEqual(['restore', 'delete', 'update', 'create'])
  })

  it('logBatch saves every pasted row, or none when one of them is wrong', async () => {
    const entry = useEntryStore()
    await entry.logBatch([
      { indicatorId: 'd-i2', date: '2025-03-10', value: '1' },
      { indicatorId: 'd-i2', date: '2025-09-10', value: '1' },
    ])
    await vi.waitFor(() => expect(entry.progress).toHaveLength(2))

    await expect(
      entry.logBatch([
        { indicatorId: 'd-i4', date: '2025-04-01', value: '1' },
        { indicatorId: 'no-such-indicator', date: '2025-04-01', value: '1' },
      ]),
    ).rejects.toThrow()
    expect(await testDb.current!.progress.count()).toBe(2)
  })

  it('a 领导 (leader) may not log: the store says so and the database refuses', async () => {
    const session = useSessionStore()
    await session.addProfile('李局长', 'leader')
    const leader = session.profiles.find((p) => p.name === '李局长')!
    expect(await session.switchProfile(leader.id)).toBe(true)

    const entry = useEntryStore()
    expect(entry.canLog).toBe(false)
    await expect(entry.log({ indicatorId: 'd-i1', date: '2025-05-04', value: '2' })).rejects.toThrow()
    expect(await testDb.current!.progress.count()).toBe(0)
  })
})
