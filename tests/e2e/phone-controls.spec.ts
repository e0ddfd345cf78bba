import { expect, test, type Page } from '@playwright/test'
import { PHONE } from './phone-fixtures'

// Issue 19 item 5 on a 375 × 667 phone: the indicator list fits the screen (it was 444 px wide,
// targets and group headers cut), every 填报 tab can be seen (回收站 was cut, 批量录入 hidden), the
// header takes at most 12 % of the height (it took 21 %), chart labels do not run together.
test.use(PHONE)

const inside = (page: Page, box: { x: number; width: number } | null) =>
  !!box && box.x >= 0 && box.x + box.width <= page.viewportSize()!.width + 0.5

test('the indicator dropdown is no wider than the screen and shows names, targets and groups whole', async ({
  page,
}) => {
  await page.goto('/#/entry')
  await page.getByRole('combobox', { name: '指标' }).click()
  const list = page.locator('.el-select__popper:visible').last()
  await expect(list.getByRole('option').first()).toBeVisible()
  expect(inside(page, await list.boundingBox()), 'the list inside the screen').toBe(true)
  // Each visible group header and option text is whole: nothing cut at its box or past the screen.
  const cut = await list.evaluate((el) =>
    [...el.querySelectorAll('.el-select-group__title, .el-select-dropdown__item span')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const r = e.getBoundingClientRect()
        return e.scrollWidth > e.clientWidth + 1 || r.right > window.innerWidth || r.left < 0
      })
      .map((e) => e.textContent),
  )
  expect(cut).toEqual([])
  await expect(list.getByText(/^(>=|≥)\s?\d/).first()).toBeVisible()
})

test('every 填报 tab is on the screen, and the header is at most 12 % of its height', async ({ page }) => {
  await page.goto('/#/entry')
  for (const name of ['填报进度', '预算执行', '历史记录', '回收站', '批量录入']) {
    const tab = page.getByRole('tab', { name })
    await expect(tab).toBeVisible()
    expect(inside(page, await tab.boundingBox()), `${name} inside the screen`).toBe(true)
    // Not hidden behind the bar's edge: the point at its centre is the tab itself.
    expect(
      await tab.evaluate((el) => {
        const r = el.getBoundingClientRect()
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        return !!hit && el.contains(hit)
      }),
      `${name} uncovered`,
    ).toBe(true)
  }
  await page.getByRole('tab', { name: '批量录入' }).tap()
  await expect(page.getByLabel('粘贴的表格行')).toBeVisible()

  for (const path of ['/#/', '/#/entry', '/#/monitor']) {
    await page.goto(path)
    const header = page.getByRole('banner')
    await expect(header.getByRole('combobox', { name: '单位' })).toBeVisible()
    const h = (await header.boundingBox())!.height
    expect(h / 667, `header on ${path}: ${h} px`).toBeLessThanOrEqual(0.12)
  }
})

test('the overview charts’ percent labels do not run together at 375 px', async ({ page }) => {
  await page.goto('/#/')
  const charts = page.locator('.chart__canvas svg')
  await expect(charts.first()).toBeVisible()
  await expect(charts).not.toHaveCount(0)
  await page.waitForTimeout(1200) // ECharts lays labels out after its entry animation starts
  const touching = await page.evaluate(() => {
    const out: string[] = []
    for (const svg of document.querySelectorAll('.chart__canvas svg')) {
      const rows = new Map<number, DOMRect[]>()
      const textsAt = new Map<number, string[]>()
      for (const t of svg.querySelectorAll('text')) {
        if (!/^\d+%$/.test(t.textContent ?? '')) continue
        const r = t.getBoundingClientRect()
        const y = Math.round(r.top)
        rows.set(y, [...(rows.get(y) ?? []), r])
        textsAt.set(y, [...(textsAt.get(y) ?? []), t.textContent!])
      }
      for (const [y, row] of rows) {
        // A horizontal percent axis shows where it starts and ends, not two labels out of the middle.
        const texts = textsAt.get(y) ?? []
        if (row.length > 1 && !(texts.includes('0%') && texts.includes('100%')))
          out.push(`ends missing: ${texts.join(' ')}`)
        row.sort((a, b) => a.left - b.left)
        for (let i = 1; i < row.length; i++)
          if (row[i]!.left - row[i - 1]!.right < 4) out.push(`${row[i - 1]!.right}→${row[i]!.left}`)
      }
    }
    return out
  })
  expect(touching).toEqual([])
})
