import { expect, test, type Page } from '@playwright/test'

// The first screen of 填报 at 375 × 667 (a phone, touch) and 1440 × 900, an indicator chosen, and the
// phone's history and 回收站 as cards: SHOTS=1 to write docs/screenshots/entry-375*.png and entry-1440x900.png.

async function choose(page: Page) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('观摩')
  await page.getByRole('option', { name: /开展集体协商观摩/ }).click()
  await page.waitForTimeout(400) // the list's closing fade
}

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
  test('填报 at 375 × 667', async ({ page }) => {
    await page.goto('/#/entry')
    await choose(page)
    await page.getByLabel('日期').fill('2025-09-12')
    await page.getByLabel('数值').fill('1')
    await page.screenshot({ path: 'docs/screenshots/entry-375.png' })
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect(page.getByTestId('saved-total')).toHaveText('1')
    await page.getByRole('tab', { name: '历史记录' }).click()
    await expect(page.getByTestId('history-count')).toContainText('共 1 条')
    await page.screenshot({ path: 'docs/screenshots/entry-375-history.png' })
  })
})

test.describe('desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } })
  test('填报 at 1440 × 900', async ({ page }) => {
    await page.goto('/#/entry')
    await choose(page)
    await page.screenshot({ path: 'docs/screenshots/entry-1440x900.png' })
  })
})
