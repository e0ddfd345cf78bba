// The 监控 and 自评 forms at a desktop width (issue 19, items 9 and 11): headers wrap between words,
// never one character (or half an English word) per line; the 监控 table fits its card in both
// languages; the 评定 buttons stay inside their cells.
import { expect, test, type Locator, type Page } from '@playwright/test'

const useLocale = (page: Page, locale: string) =>
  page.addInitScript((l) => localStorage.setItem('perf-ledger.locale', l), locale)

/** Words of each header cell that the browser split over two lines (by the words' own line boxes). */
async function brokenWords(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((ths) => {
    const broken: string[] = []
    for (const th of ths) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? ''
        // A Latin word, or a run of CJK characters of three or fewer (确定能, 有可能): each must sit on one line.
        for (const m of text.matchAll(/[A-Za-z-]+|[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])/g)) {
          const range = document.createRange()
          range.setStart(n, m.index!)
          range.setEnd(n, m.index! + m[0].length)
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          if (tops.size > 1) broken.push(m[0])
        }
      }
    }
    return broken
  })
}

for (const locale of ['zh-CN', 'en-US']) {
  test(`监控 at 1440 px (${locale}): headers whole, the table inside its card`, async ({ page }) => {
    await useLocale(page, locale)
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/#/monitor')
    const table = page.locator('.form__indicators').first()
    await expect(table).toBeVisible()
    expect(await brokenWords(table.locator('thead th.form__likelihood'))).toEqual([])
    expect(await brokenWords(table.locator('thead tr').nth(1).locator('th'))).toEqual([])
    const fit = await page.evaluate(() =>
      [...document.querySelectorAll('.form__scroll')].map((e) => e.scrollWidth - e.clientWidth),
    )
    expect(fit.length).toBeGreaterThan(0)
    for (const over of fit) expect(over).toBeLessThanOrEqual(0)
  })

  test(`自评 at 1366 px (${locale}): headers never break inside a word, 评定 buttons inside their cells`, async ({
    page,
  }) => {
    await useLocale(page, locale)
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto('/#/assessment/kz-2025-proj-1')
    const grid = page.locator('.grid--indicators')
    await expect(grid).toBeVisible()
    expect(await brokenWords(grid.locator('thead th'))).toEqual([])
    const outside = await grid.locator('td.grid__actions .el-button').evaluateAll(
      (buttons) =>
        buttons.filter((b) => {
          const r = b.getBoundingClientRect()
          const c = b.closest('td')!.getBoundingClientRect()
          return r.left < c.left || r.right > c.right || r.top < c.top || r.bottom > c.bottom
        }).length,
    )
    expect(await grid.locator('td.grid__actions .el-button').count()).toBe(7)
    expect(outside).toBe(0)
    // The buttons' cells are the table's: bordered like the rest.
    const border = await grid
      .locator('td.grid__actions')
      .first()
      .evaluate((td) => getComputedStyle(td).borderRightStyle)
    expect(border).toBe('solid')
  })
}
