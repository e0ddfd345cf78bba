import { expect, test, type Page } from '@playwright/test'

/** Presses Tab until the focused element matches, at most `limit` times; returns how many it took. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 40): Promise<number> {
  const source = matches.toString()
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab')
    const hit = await page.evaluate((fn) => {
      const el = document.activeElement
      // The predicate crosses into the page as text.
      return el ? (new Function(`return (${fn})`)() as (e: Element) => boolean)(el) : false
    }, source)
    if (hit) return i
  }
  throw new Error('never reached by Tab')
}

test('the side menu is reached with Tab and changes the page with Enter', async ({ page }) => {
  await page.goto('/#/')
  await expect(page.getByRole('heading', { name: '概览', exact: true })).toBeVisible()
  const presses = await tabTo(page, (el) => el.textContent?.trim() === '填报' && el.tagName === 'A')
  // The skip link comes first, then the menu's links in order: 填报 is the third link of the menu.
  expect(presses).toBeLessThanOrEqual(5)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '填报', exact: true })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '填报' }),
  ).toHaveAttribute('aria-current', 'page')
})

test('a focused button shows a ring of at least 3:1 against the page', async ({ page }) => {
  await page.goto('/#/data')
  const button = page.getByRole('button').filter({ hasText: /./ }).first()
  await button.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element)
    return { style: s.outlineStyle, color: s.outlineColor, width: s.outlineWidth }
  })
  expect(outline.style).toBe('solid')
  // #174c86 = rgb(23, 76, 134): 8.6:1 on white.
  expect(outline.color).toBe('rgb(23, 76, 134)')
  expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2)
})

test('after saving an entry focus lands on what was saved, not on the page body', async ({ page }) => {
  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('文体')
  await page.getByRole('option', { name: /开展职工文体活动/ }).click()
  await page.getByLabel('日期').fill('2025-03-08')
  await page.getByLabel('数值').fill('1')
  await page.getByLabel('数值').press('Enter')
  const result = page.getByTestId('saved-result')
  await expect(result).toBeVisible()
  await expect(result).toBeFocused()
})
