// @vitest-environment happy-dom
// The province's ranking table: only the rows in view are in the page, sorting and opening are asked for.
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { describe, expect, it } from 'vitest'
import RankingTable from '@/components/comparison/RankingTable.vue'
import type { ComparisonRow } from '@/domain/dashboard'
import { i18n, loadAllGroups } from '@/i18n'

const rows: ComparisonRow[] = Array.from({ length: 2000 }, (_, k) => ({
  unitId: `u${k}`,
  unitName: `单位${k}`,
  parentId: null,
  sheetCount: 1,
  sheetId: `s${k}`,
  score: (k / 20).toFixed(2),
  max: '100.00',
  projected: null,
  grade: null,
  rate: '50.00',
  light: 'green',
}))

async function table() {
  await loadAllGroups()
  return mount(RankingTable, {
    props: { rows, sortKey: 'score', direction: 'desc' },
    global: { plugins: [i18n, ElementPlus] },
  })
}

describe('RankingTable', () => {
  it('puts only the rows in view (and a few around them) into the page, numbered by rank', async () => {
    const wrapper = await table()
    const body = wrapper.findAll('[role="rowgroup"] [role="row"]')
    // 600 px of viewport / 40 px + 2 × 8 overscan = 31 rows, not 2,000.
    expect(body.length).toBe(31)
    expect(body[0]!.find('[role="cell"]').text()).toBe('1')
    expect(wrapper.get('[role="table"]').attributes('aria-rowcount')).toBe('2001')
    // Scrolled to row 1,000 (40,000 px): rows from 992 (1,000 − 8) on, rank 993 first.
    const viewport = wrapper.get('[role="rowgroup"]')
    ;(viewport.element as HTMLElement).scrollTop = 40_000
    await viewport.trigger('scroll')
    const scrolled = wrapper.findAll('[role="rowgroup"] [role="row"]')
    expect(scrolled[0]!.find('[role="cell"]').text()).toBe('993')
    expect(scrolled[0]!.text()).toContain('单位992')
  })

  it('says which column it is sorted by, asks to sort, and asks to open a unit', async () => {
    const wrapper = await table()
    expect(wrapper.get('[data-testid="sort-score"]').element.parentElement!.getAttribute('aria-sort')).toBe(
      'descending',
    )
    expect(wrapper.get('[data-testid="sort-rate"]').element.parentElement!.getAttribute('aria-sort')).toBe(
      'none',
    )
    await wrapper.get('[data-testid="sort-rate"]').trigger('click')
    expect(wrapper.emitted('sort')).toEqual([['rate']])
    await wrapper.findAll('[role="rowgroup"] button')[2]!.trigger('click')
    expect(wrapper.emitted('open')).toEqual([['u2']])
  })
})
