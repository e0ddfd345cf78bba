import { expect, test, type Page } from '@playwright/test'

// Long journeys on a loaded machine.
test.describe.configure({ timeout: 120_000 })

// Issue 19, item 3: spending to the yuan in either unit, one display of money (two places, the
// exact amount in the tooltip), and refunds (冲减) with a reason that the execution rate nets.

async function spend(page: Page, date: string, amount: string, unit: '万元' | '元' = '万元') {
  await page.getByLabel('日期').fill(date)
  // Element Plus hides the input itself: its label is what a person clicks.
  const yuan = page.getByRole('checkbox', { name: /按元录入/ })
  if ((await yuan.isChecked()) !== (unit === '元'))
    await page.getByText('按元录入（精确到分）', { exact: true }).click()
  await page.getByLabel(`金额（${unit}）`).fill(amount)
  await page.getByRole('button', { name: '保存支出' }).click()
}

test('amounts to the yuan in 万元 or 元, shown with two places and the exact value on hover', async ({
  page,
}) => {
  await page.goto('/#/entry?tab=spending')
  await expect(page.getByTestId('budget-basis')).toHaveText('411.81')
  // The field says how precise it is and that 元 is an option.
  await expect(page.getByTestId('amount-hint')).toContainText('万元最多 6 位小数')
  await expect(page.getByTestId('amount-hint')).toContainText('按元录入')

  // Seven places are below the fen: refused, saying how many are allowed.
  await spend(page, '2025-06-30', '1.1234567')
  await expect(page.getByText('最多 6 位小数。')).toBeVisible()

  // 1.234567 万元 = 12,345.67 元: kept exactly.
  await spend(page, '2025-06-30', '1.234567')
  await expect(page.getByText('支出已保存：1.234567 万元').first()).toBeVisible()
  // 1,234.56 元 = 0.123456 万元.
  await spend(page, '2025-06-30', '1234.56', '元')
  await expect(page.getByText('支出已保存：0.123456 万元').first()).toBeVisible()
  await spend(page, '2025-06-30', '12.5')
  await expect(page.getByText('支出已保存：12.50 万元').first()).toBeVisible()

  const cells = page.getByTestId('spending-amount-cell')
  await expect(cells).toHaveCount(3)
  // Every amount with two places; the exact one in the title where it has more.
  const texts = await cells.allTextContents()
  expect(texts.sort()).toEqual(['0.12', '1.23', '12.50'])
  await expect(page.getByTestId('spending-amount-cell').filter({ hasText: '1.23' })).toHaveAttribute(
    'title',
    '1.234567',
  )
  await expect(page.getByTestId('spending-amount-cell').filter({ hasText: '12.50' })).not.toHaveAttribute(
    'title',
    /./,
  )
  // 1.234567 + 0.123456 + 12.5 = 13.858023 → 13.86, exact in the title.
  const executed = page.getByTestId('budget-executed')
  await expect(executed).toHaveText('13.86')
  await expect(executed).toHaveAttribute('title', '13.858023')
})

test('a refund (冲减) needs its reason, is marked in the list, nets the rate, and cannot go below zero', async ({
  page,
}) => {
  await page.goto('/#/entry?tab=spending')
  await expect(page.getByTestId('budget-basis')).toHaveText('411.81')
  await spend(page, '2025-06-30', '400')
  // 400 is within 411.81: no question.
  await expect(page.getByText('支出已保存：400.00 万元').first()).toBeVisible()

  // Without a reason: refused at the reason field, which appears with the minus.
  await spend(page, '2025-07-01', '-12.34')
  await expect(page.getByText('负数金额是冲减（退款或更正），请填写冲减原因。')).toBeVisible()
  await page.getByLabel('冲减原因').fill('退回多付的场地费')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByText('冲减已保存：-12.34 万元').first()).toBeVisible()

  // 400 − 12.34 = 387.66 of 411.81 = 94.1356… → 94.14 %.
  await expect(page.getByTestId('budget-executed')).toHaveText('387.66')
  await expect(page.getByTestId('budget-rate')).toHaveText('94.14%')
  const refundRow = page.getByRole('row').filter({ hasText: '退回多付的场地费' }).first()
  await expect(refundRow).toContainText('冲减')
  await expect(refundRow).toContainText('-12.34')

  // A refund beyond what was spent: 387.66 − 400 = −12.34, refused.
  await spend(page, '2025-07-02', '-400')
  await page.getByLabel('冲减原因').fill('更正')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByText('冲减后累计执行将低于零（-12.34 万元）')).toBeVisible()
  await expect(page.getByTestId('budget-executed')).toHaveText('387.66')
})
