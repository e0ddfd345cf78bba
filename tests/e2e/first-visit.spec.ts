import { readFileSync } from 'node:fs'
import { expect, test, type ConsoleMessage } from '@playwright/test'

const sample = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as {
  sheets: { indicators: { name: string }[] }[]
}
const indicatorNames = sample.sheets.flatMap((s) => s.indicators.map((i) => i.name))

test('a fresh browser sees the built-in 2025 targets, and still after a reload', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))

  await page.goto('/#/targets')
  await expect(page.getByRole('heading', { name: '部门整体绩效目标表' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '项目支出绩效目标表' })).toBeVisible()

  for (const reload of [false, true]) {
    if (reload) await page.reload()
    const rows = page.locator('.indicators .el-table__body-wrapper tbody tr')
    await expect(rows).toHaveCount(13)
    for (const name of indicatorNames)
      await expect(page.getByRole('cell', { name, exact: true })).toBeVisible()
    const dept = page.locator('[data-sheet="kz-2025-dept"]')
    await expect(dept.getByText('411.81').first()).toBeVisible()
    await expect(dept.getByTestId('weight-total')).toContainText('90')
    await expect(page.locator('[data-sheet="kz-2025-proj-1"]').getByText('有效提升').first()).toBeVisible()
  }
  expect(problems).toEqual([])
})

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/#/targets')
  await expect(page.getByRole('heading', { name: '绩效目标', exact: true })).toBeVisible()
  // By keyboard, as a keyboard user would: focus the language menu, open it, pick English.
  await page.getByRole('combobox', { name: '语言' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Performance targets', exact: true })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Performance targets', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
})

test('the 目标 page shows what the engine read in each target and previews each sheet’s score', async ({ page }) => {
  await page.goto('/#/targets')
  const dept = page.locator('[data-sheet="kz-2025-dept"]')
  const proj = page.locator('[data-sheet="kz-2025-proj-1"]')
  await expect(dept.getByText('识别为 ≥ 27000 人')).toBeVisible()
  await expect(proj.getByText('识别为 = 100%').first()).toBeVisible()
  await expect(proj.getByText('识别为 有效提升')).toBeVisible()
  // Nothing logged yet and the 2025 year is over: every part scores 0 of 100 (the engine, not the page, says so).
  for (const sheet of [dept, proj]) {
    await expect(sheet.getByText('得分预览（截至 2025-12-31）')).toBeVisible()
    await expect(sheet.getByText('0.00 / 100.00')).toBeVisible()
  }
})
