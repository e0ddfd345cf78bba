import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// Every page of the shell, in both languages, through axe (WCAG 2.1 A/AA and best practices).
const pages = [
  '/#/',
  '/#/targets',
  '/#/entry',
  '/#/monitor',
  '/#/assessment',
  '/#/assessment/kz-2025-dept',
  '/#/data',
  '/#/settings',
  '/#/audit-log',
  '/#/comparison',
  '/#/targets/budget-tables',
  '/#/screen',
]

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')}`,
  )
}

for (const locale of ['zh-CN', 'en-US']) {
  test.describe(`axe in ${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((l) => localStorage.setItem('perf-ledger.locale', l), locale)
    })
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path)
        await page.locator('h1:visible, h2:visible').first().waitFor()
        await page.waitForLoadState('networkidle')
        expect(await violations(page)).toEqual([])
      })
    }
  })
}
