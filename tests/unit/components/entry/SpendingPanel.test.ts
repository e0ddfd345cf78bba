// @vitest-environment happy-dom
// Global fake IndexedDB before Dexie loads: its liveQuery (the stores' reads) checks for one.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LedgerDb } from '@/db/database'
import SpendingPanel from '@/components/entry/SpendingPanel.vue'
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
  const wrapper = mountForm(SpendingPanel, world)
  await until(() => wrapper.find('[data-testid="budget-rate"]').exists(), 'the budget summary')
  return { world, wrapper }
}

const liveSpending = async (db: LedgerDb) => (await db.spending.toArray()).filter((r) => !r.deletedAt)

describe('SpendingPanel', () => {
  it('saves a spending entry in 元 as 万元 and the 执行率 follows', async () => {
    const { world, wrapper } = await setUp()
    // The imported 50 万元 of a 100 万元 budget.
    expect(wrapper.get('[data-testid="budget-rate"]').text()).toBe('50.00%')
    await wrapper.get('#spending-date').setValue('2025-07-15')
    await wrapper.get('.spending__yuan input').setValue(true)
    await wrapper.get('#spending-amount').setValue('125000')
    await wrapper.get('#spending-note').setValue('购置设备')
    await wrapper.get('form').trigger('submit')

    await until(async () => (await liveSpending(world.db)).length === 2, 'the second spending entry')
    const saved = (await liveSpending(world.db)).find((r) => r.date === '2025-07-15')!
    // 125000 元 = 12.5 万元.
    expect(saved).toMatchObject({ sheetId: 'kz-2025-proj-1', amount: '12.5', note: '购置设备' })
    expect((wrapper.get('#spending-amount').element as HTMLInputElement).value).toBe('')
    expect((wrapper.get('#spending-note').element as HTMLTextAreaElement).value).toBe('')
    // (50 + 12.5) / 100 = 62.50%.
    await until(() => wrapper.get('[data-testid="budget-rate"]').text() === '62.50%', 'the new rate')
    wrapper.unmount()
  })

  it('refuses a seventh decimal in 万元 (below the fen) and keeps it for correction', async () => {
    const { world, wrapper } = await setUp()
    await wrapper.get('#spending-amount').setValue('1.2345678')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.find('.el-form-item__error').exists(), 'the field error')
    expect((wrapper.get('#spending-amount').element as HTMLInputElement).value).toBe('1.2345678')
    expect(await liveSpending(world.db)).toHaveLength(1)
    wrapper.unmount()
  })
})
