import { expect, test, type Page } from '@playwright/test'

// Long journeys on a loaded machine.
test.describe.configure({ timeout: 120_000 })

// Issue 19, item 2: implausible numbers are asked about before they are saved, never silently
// taken; an amount that reads like 元 can be taken as 元; 执行率 above 100 % shows 超支, not 正常.

async function openSpending(page: Page) {
  await page.goto('/#/entry?tab=spending')
  // The first sheet of the demo unit: the 部门整体 sheet with its 411.81 万元 budget.
  await expect(page.getByTestId('budget-basis')).toHaveText('411.81')
  await page.getByLabel('日期').fill('2025-06-30')
}

const save = (page: Page) => page.getByRole('button', { name: '保存支出' }).click()

test('999999 万元 against 411.81 asks first; 256300 can be taken as 元; saved anyway it shows 超支', async ({
  page,
}) => {
  await openSpending(page)
  const amount = page.getByLabel('金额（万元）')
  const doubt = page.getByTestId('doubt-panel')

  await amount.fill('999999')
  await save(page)
  await expect(doubt).toContainText('超过本表剩余预算 411.81 万元')
  await expect(doubt).toContainText('超过全年预算 411.81 万元的 10 倍')
  await doubt.getByRole('button', { name: '修改' }).click()
  await expect(doubt).toBeHidden()
  await expect(amount).toBeFocused()
  await expect(page.getByText('暂无支出记录')).toBeVisible()

  // 256300 meant in 元: 256300 / 10000 = 25.63 万元.
  await amount.fill('256300')
  await save(page)
  await expect(doubt).toContainText('256300 元 = 25.63 万元')
  await doubt.getByRole('button', { name: '按元保存（25.63 万元）' }).click()
  await expect(page.getByText('支出已保存：25.63 万元').first()).toBeVisible()
  await expect(page.getByTestId('budget-executed')).toHaveText('25.63')

  // A 0 is asked about too.
  await page.getByLabel('金额（元）').fill('0')
  await save(page)
  await expect(doubt).toContainText('填写的是 0')
  await doubt.getByRole('button', { name: '修改' }).click()

  // Saved anyway: 25.63 + 999999 = 1000024.63 of 411.81 → 242836.41 %: 超支, not 正常.
  // Element Plus hides the input itself: its label is what a person clicks.
  await expect(page.getByRole('checkbox', { name: /按元录入/ })).toBeChecked()
  await page.getByText('按元录入（精确到分）', { exact: true }).click()
  await expect(page.getByLabel('金额（万元）')).toBeVisible()
  await amount.fill('999999')
  await save(page)
  await doubt.getByRole('button', { name: '仍然保存' }).click()
  await expect(page.getByText('支出已保存：999,999.00 万元').first()).toBeVisible()
  await expect(page.getByTestId('budget-rate')).toHaveText('242836.41%')
  const light = page.getByTestId('budget-light')
  await expect(light).toHaveText('超支')
  await expect(light).not.toContainText('正常')

  // The same 超支 on the overview and in 监控.
  await page.goto('/#/')
  await expect(page.locator('[data-overspent="true"]').first()).toBeVisible()
  await page.goto('/#/monitor')
  await expect(page.getByTestId('budget-row').first()).toContainText('超支')
})

test('a value over 10 × the target, or a 0, is asked about before it is saved', async ({ page }) => {
  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('文体')
  await page.getByRole('option', { name: /开展职工文体活动/ }).click()
  await page.getByLabel('日期').fill('2025-04-20')
  const value = page.getByLabel('数值')
  const doubt = page.getByTestId('doubt-panel')

  await value.fill('1000000000000')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  // ≥ 4 次: more than 40 is asked about.
  await expect(doubt).toContainText('超过目标值 4次 的 10 倍')
  await doubt.getByRole('button', { name: '修改' }).click()
  await expect(page.getByTestId('saved-result')).toHaveCount(0)
  await expect(page.getByTestId('indicator-about')).not.toContainText('超前')

  await value.fill('0')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(doubt).toContainText('填写的是 0')
  await doubt.getByRole('button', { name: '修改' }).click()

  // A plausible 3 saves with no question.
  await value.fill('3')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(doubt).toHaveCount(0)
  await expect(page.getByTestId('saved-total')).toHaveText('3')
})
