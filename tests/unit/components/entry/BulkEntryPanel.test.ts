// @vitest-environment happy-dom
// Global fake IndexedDB before Dexie loads: its liveQuery (the stores' reads) checks for one.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LedgerDb } from '@/db/database'
import BulkEntryPanel from '@/components/entry/BulkEntryPanel.vue'
import { freshDb } from '../../db/helpers'
import { entryWorld, mountForm, until } from './entry-world'

const current = vi.hoisted(() => ({ db: null as LedgerDb | null }))
vi.mock('@/db/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/database')>()),
  getDb: () => current.db!,
}))

afterEach(() => document.body.replaceChildren())

async function setUp() {
  current.db = freshDb()
  const world = await entryWorld(current.db)
  return { world, wrapper: mountForm(BulkEntryPanel, world) }
}

const liveProgress = async (db: LedgerDb) => (await db.progress.toArray()).filter((r) => !r.deletedAt)

describe('BulkEntryPanel', () => {
  it('saves pasted rows together once the preview has no problems, then empties the paste', async () => {
    const { world, wrapper } = await setUp()
    await wrapper
      .get('#bulk-text')
      .setValue('2025-05-01\t划拨工会经费次数\t1\t第二次\n2025-06-01\t划拨工会经费次数\t2')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.text().includes('共 2 行，全部无误。'), 'the preview')
    const save = wrapper.get('.bulk__save')
    expect(save.text()).toBe('全部保存（2 行）')
    await save.trigger('click')

    await until(async () => (await liveProgress(world.db)).length === 3, 'the two pasted entries')
    const pasted = (await liveProgress(world.db))
      .filter((r) => r.date >= '2025-05-01')
      .sort((a, b) => (a.date < b.date ? -1 : 1))
    expect(pasted.map((r) => [r.date, r.value, r.note ?? null, r.by])).toEqual([
      ['2025-05-01', '1', '第二次', '张三'],
      ['2025-06-01', '2', null, '张三'],
    ])
    await until(
      () => (wrapper.get('#bulk-text').element as HTMLTextAreaElement).value === '',
      'the cleared paste',
    )
    expect(wrapper.find('.el-table').exists()).toBe(false)
    wrapper.unmount()
  })

  it('does not offer to save while a row has a problem', async () => {
    const { world, wrapper } = await setUp()
    await wrapper.get('#bulk-text').setValue('2025-05-01\t不存在的指标\t1')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.text().includes('共 1 行'), 'the preview')
    const save = wrapper.get('.bulk__save')
    expect(save.attributes('disabled')).toBeDefined()
    expect(await liveProgress(world.db)).toHaveLength(1)
    wrapper.unmount()
  })
})
