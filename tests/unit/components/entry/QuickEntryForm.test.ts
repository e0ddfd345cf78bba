// @vitest-environment happy-dom
// Global fake IndexedDB before Dexie loads: its liveQuery (the stores' reads) checks for one.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LedgerDb } from '@/db/database'
import QuickEntryForm from '@/components/entry/QuickEntryForm.vue'
import IndicatorPicker from '@/components/entry/IndicatorPicker.vue'
import { freshDb } from '../../db/helpers'
import { entryWorld, mountForm, until } from './entry-world'

const current = vi.hoisted(() => ({ db: null as LedgerDb | null }))
vi.mock('@/db/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/db/database')>()),
  getDb: () => current.db!,
}))

async function setUp() {
  current.db = freshDb()
  const world = await entryWorld(current.db)
  const wrapper = mountForm(QuickEntryForm, world)
  await wrapper.findComponent(IndicatorPicker).vm.$emit('update:modelValue', 'p1-i1')
  return { world, wrapper }
}

const liveProgress = async (db: LedgerDb) =>
  (await db.progress.toArray()).filter((r) => r.indicatorId === 'p1-i1' && !r.deletedAt)

afterEach(() => document.body.replaceChildren())

describe('QuickEntryForm', () => {
  it('saves a typed value for the chosen indicator, then clears the value and shows the new total', async () => {
    const { world, wrapper } = await setUp()
    await wrapper.get('#entry-date').setValue('2025-04-10')
    await wrapper.get('#entry-value').setValue('2')
    await wrapper.get('#entry-note').setValue('  第二次划拨 ')
    await wrapper.get('form').trigger('submit')

    await until(async () => (await liveProgress(world.db)).length === 2, 'the second entry')
    const saved = (await liveProgress(world.db)).find((r) => r.date === '2025-04-10')!
    expect(saved).toMatchObject({ value: '2', note: '第二次划拨', by: '张三' })

    // The value and note are cleared for the next entry; indicator and date stay.
    await until(() => wrapper.find('[data-testid="saved-total"]').exists(), 'the saved result')
    expect((wrapper.get('#entry-value').element as HTMLInputElement).value).toBe('')
    expect((wrapper.get('#entry-note').element as HTMLTextAreaElement).value).toBe('')
    expect((wrapper.get('#entry-date').element as HTMLInputElement).value).toBe('2025-04-10')
    // Cumulative: 1 (imported) + 2 (typed) = 3 次, from the first time it shows (never the 1 before).
    expect(wrapper.get('[data-testid="saved-total"]').text()).toBe('3')
    wrapper.unmount()
  })

  it('keeps what was typed and writes nothing when the value is not a number', async () => {
    const { world, wrapper } = await setUp()
    await wrapper.get('#entry-value').setValue('两次')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.text().includes('请填写数字（如 3 或 12.5）。'), 'the field error')

    expect((wrapper.get('#entry-value').element as HTMLInputElement).value).toBe('两次')
    expect(await liveProgress(world.db)).toHaveLength(1)
    expect(wrapper.find('[data-testid="saved-result"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
