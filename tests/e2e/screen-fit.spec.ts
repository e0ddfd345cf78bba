import { expect, test } from '@playwright/test'

// SCREEN_SHOTS=1 also writes the screenshots of docs/screenshots/screen-*.png.
const shots = process.env.SCREEN_SHOTS === '1'

// 数据大屏 on the wall displays units have: everything on one screen, no scrolling, the last item of 需关注 inside.
for (const size of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test(`数据大屏 fits ${size.width}×${size.height} without scrolling`, async ({ page }) => {
    await page.setViewportSize(size)
    await page.goto('/#/screen?asOf=2025-06-30')
    await expect(page.locator('.screen svg').first()).toBeVisible()
    if (shots) await page.screenshot({ path: `docs/screenshots/screen-${size.width}x${size.height}.png` })
    const overflow = await page.evaluate(() => ({
      down: document.documentElement.scrollHeight - window.innerHeight,
      across: document.documentElement.scrollWidth - window.innerWidth,
    }))
    expect(overflow.down).toBeLessThanOrEqual(0)
    expect(overflow.across).toBeLessThanOrEqual(0)
    const last = page.locator('.screen__item').last()
    const box = await last.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(size.height)
  })
}

test('数据大屏 keeps the overview’s as-of date, and 返回 keeps it on the overview', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/#/')
  const asOf = page.getByLabel('截至日期')
  await asOf.fill('2025-06-30')
  await asOf.press('Enter')
  await expect(page.getByTestId('time-progress')).toContainText('50.00%')
  await page.getByRole('link', { name: '打开数据大屏' }).click()
  await expect(page.getByText('截至 2025-06-30')).toBeVisible()
  await page.getByRole('link', { name: '返回' }).click()
  await expect(page.getByRole('heading', { name: '概览', exact: true })).toBeVisible()
  await expect(page.getByTestId('time-progress')).toContainText('50.00%')
})
