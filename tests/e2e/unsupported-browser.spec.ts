import { expect, test } from '@playwright/test'

// public/browser-check.js: an engine older than the browser list gets a notice saying what to do
// (switch the dual-core browser to 极速模式 or use a current browser) instead of a blank page.

test('a current browser sees the app and no notice', async ({ page }) => {
  await page.goto('/#/targets')
  await expect(page.getByRole('heading', { name: '部门整体绩效目标表' })).toBeVisible()
  await expect(page.locator('#unsupported-browser')).toBeHidden()
  await expect(page.locator('html')).not.toHaveAttribute('data-unsupported-browser')
})

test('an engine without String.prototype.replaceAll (Chromium < 85) gets the notice and no half-started app', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  // As an older engine would be: the built-in missing before any script of the page runs.
  await page.addInitScript(() => {
    delete (String.prototype as { replaceAll?: unknown }).replaceAll
  })
  await page.goto('/#/targets')
  const notice = page.getByRole('alert')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('浏览器版本过旧，绩效台账无法运行')
  await expect(notice).toContainText('极速模式')
  await expect(notice).toContainText('switch to the high-speed mode')
  await page.waitForTimeout(500)
  await expect(page.locator('#app')).toBeEmpty()
  expect(problems).toEqual([])
})
