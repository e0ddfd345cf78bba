// Issue 15, case 10: an indicator marked not applicable shows 不适用 and no weight; the published
// and the rescaled weights are both shown where they differ, and the 分值 column adds up to 100.00.
// The numbers are docs/domain.md's worked example ("Not applicable", the 2025 project sheet).
import { expect, test } from '@playwright/test'
import { entriesFile, importEntries } from './integrity-fixtures'

const cents = (text: string) => Math.round(Number(text) * 100)

test('资金使用合规率 not applicable: 不适用 without weight, 原分值 beside each rescaled line, the 分值 column 100.00', async ({
  page,
}) => {
  test.setTimeout(90_000)
  // 40 of ≥ 50 万元 and a judgement of 18 of 20, as in the worked example.
  await importEntries(
    page,
    'two-figures.json',
    entriesFile({
      progress: [{ id: 't-p5', indicatorId: 'p1-i5', date: '2025-06-30', value: '40', note: '上半年上缴' }],
      judgements: [{ indicatorId: 'p1-i6', tier: '达成', score: '18' }],
    }),
  )
  await page.goto('/#/assessment/kz-2025-proj-1')
  await expect(page.locator('[data-indicator="p1-i5"]')).toContainText('8.00')
  await page.getByRole('button', { name: '评定：资金使用合规率' }).click()
  const dialog = page.getByRole('dialog', { name: '评定：资金使用合规率' })
  await dialog.getByLabel('不适用理由').fill('本年度未开展合规检查。')
  await dialog.getByRole('button', { name: '不适用', exact: true }).click()
  await expect(page.locator('[data-indicator="p1-i2"] [data-weight="0"]')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The dropped row: 不适用, no weight, its published 15 beside it.
  const dropped = page.locator('[data-indicator="p1-i2"] [data-weight]')
  await expect(dropped).toHaveAttribute('data-weight', '0')
  await expect(dropped).toContainText('不适用')
  await expect(dropped).toContainText('原分值 15')

  // Each line × 100 / 85, largest remainder: 11.77 (budget), 17.65, 11.77, 11.76, 11.76, 23.53, 11.76.
  const expected: Record<string, [string, string]> = {
    'p1-i1': ['17.65', '15'],
    'p1-i3': ['11.77', '10'],
    'p1-i4': ['11.76', '10'],
    'p1-i5': ['11.76', '10'],
    'p1-i6': ['23.53', '20'],
    'p1-i7': ['11.76', '10'],
  }
  for (const [id, [weight, published]] of Object.entries(expected)) {
    const cell = page.locator(`[data-indicator="${id}"] [data-weight]`)
    await expect(cell).toHaveAttribute('data-weight', weight)
    await expect(cell).toContainText(`原分值 ${published}`)
  }
  const budget = page.locator('[data-funds="total"] td').nth(3)
  await expect(budget).toContainText('11.77')
  await expect(budget).toContainText('原分值 10')

  // The 分值 column: 11.77 + 17.65 + 0 + 11.77 + 11.76 + 11.76 + 23.53 + 11.76 = 100.00, the total's maximum.
  const weights = await page.locator('[data-indicator] [data-weight]').evaluateAll((cells) =>
    cells.map((c) => c.getAttribute('data-weight')!),
  )
  expect(weights).toHaveLength(7)
  expect(cents('11.77') + weights.reduce((sum, w) => sum + cents(w), 0)).toBe(10_000)
  await expect(page.getByTestId('form-max')).toHaveText('100')

  // Scores scale with their lines: 11.76 × 40 / 50 = 9.408 → 9.41; 23.53 × 18 / 20 = 21.177 → 21.18.
  await expect(page.locator('[data-indicator="p1-i5"]')).toContainText('9.41')
  await expect(page.locator('[data-indicator="p1-i6"]')).toContainText('21.18')

  // The published weights stay what they were on the targets page.
  await page.goto('/#/targets')
  const published = page.locator('[data-sheet="kz-2025-proj-1"]').getByRole('row', { name: /资金使用合规率/ })
  await expect(published).toContainText('15')
  await expect(published).not.toContainText('不适用')
})
