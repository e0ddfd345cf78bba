import { expect, test } from '@playwright/test'

// In English the official grade words stay (they are printed on the forms) with their translation beside them.
test('English shows grades as 差 Poor, not a bare Chinese character', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('perf-ledger.locale', 'en-US'))
  await page.goto('/#/')
  // Nothing logged in the built-in data: every sheet scores 0.00, grade 差.
  const grades = page.getByTestId('sheet-grade')
  await expect(grades.first()).toHaveText('差 Poor')
  expect(await grades.allTextContents()).not.toContain('差')
})
