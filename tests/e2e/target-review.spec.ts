import { expect, test } from '@playwright/test'

// The "ready to work offline" notice sits over the bottom right corner until dismissed.
test.beforeEach(async ({ page }) => {
  await page.addLocatorHandler(page.getByRole('button', { name: '知道了' }), (button) => button.click())
})

test('the editor reviews the seed’s project sheet live; a finding is accepted with a reason', async ({
  page,
}) => {
  await page.goto('/#/targets/kz-2025-proj-1')
  const review = page.getByTestId('target-review')
  // 划拨工会经费次数 ≥1 次 against last year's ≥1 次; 产出 + 成本 60 and 效益 20 against 50 / 30.
  // The first visit seeds the database: give it time on a busy machine.
  await expect(review.getByTestId('review-finding')).toHaveCount(3, { timeout: 20_000 })
  await expect(review).toContainText('第 1 行“划拨工会经费次数”的指标值 ＞=1次 不高于上年完成值 ＞=1次')
  await expect(review).toContainText('产出指标（含成本）合计 60 分，与 50 分相差超过 5 分。')

  // Live: a satisfaction target of 75 % is flagged before anything is saved.
  await page.getByLabel('第 7 行 指标值', { exact: true }).fill('≥75%')
  await expect(review.locator('[data-rule="lowSatisfaction"]')).toContainText('满意度目标 ≥75% 低于 80%')
  await page.getByRole('button', { name: '放弃修改' }).click()
  await expect(review.locator('[data-rule="lowSatisfaction"]')).toHaveCount(0)

  const first = review.locator('[data-rule="belowLastYear"]')
  await first.getByRole('button', { name: '接受' }).click()
  const prompt = page.getByRole('dialog', { name: '接受审核意见' })
  await prompt.getByRole('textbox').fill('工会经费按规定每年划拨一次')
  await prompt.getByRole('button', { name: '确定' }).click()
  await expect(first).toContainText('工会经费按规定每年划拨一次')
  await expect(review).toContainText('2 条待处理，1 条已接受')
  // Stored: still accepted after a reload.
  await page.reload()
  await expect(page.getByTestId('target-review').locator('[data-rule="belowLastYear"]')).toContainText(
    '已接受',
  )
})

test('the library inserts a 2025 indicator into a 2026 sheet', async ({ page }) => {
  await page.goto('/#/targets')
  await page.getByRole('button', { name: '新建项目支出表' }).click()
  await expect(page).toHaveURL(/#\/targets\/[^/]+$/)
  await page.getByRole('spinbutton', { name: '年度' }).fill('2026')
  await page.getByLabel('名称', { exact: true }).fill('2026年职工文体活动')
  await page.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByText('已保存')).toBeVisible()

  await page.getByTestId('library-open').click()
  const dialog = page.getByRole('dialog', { name: '指标库' })
  await dialog.getByTestId('library-search').fill('文体')
  const row = dialog.locator('.el-table__row').filter({ hasText: '开展职工文体活动（次）' })
  await expect(row).toContainText('2025 · 克孜勒苏柯尔克孜自治州总工会 · 目标 ＞=4 次')
  await row.locator('.el-checkbox').click()
  await dialog.getByTestId('library-insert').click()
  await expect(page.getByLabel('第 1 行 三级指标')).toHaveValue('开展职工文体活动（次）')
  await expect(page.getByLabel('第 1 行 指标值', { exact: true })).toHaveValue('＞=4 次')
  await page.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()
  await expect(page.getByLabel('第 1 行 三级指标')).toHaveValue('开展职工文体活动（次）')
})

test('the budget tables page shows 表1–表11 and the seed’s two slips with their places', async ({ page }) => {
  await page.goto('/#/targets')
  await page.getByTestId('open-budget-tables').click()
  await expect(page).toHaveURL(/#\/targets\/budget-tables$/)
  const findings = page.getByTestId('budget-finding')
  // Each slip is printed in 表2, 表3 and 表5.
  await expect(findings).toHaveCount(6, { timeout: 20_000 })
  await expect(findings.first()).toHaveText(
    '表2 第 226 行（第 4 页）：208 05 行政事业单位养老支出 印为 53.78，其分项 24.81 + 28.98 合计 53.79。',
  )
  await expect(findings.nth(1)).toHaveText(
    '表2 第 238 行（第 4 页）：210 11 行政事业单位医疗 印为 18.92，其分项 10.00 + 5.40 + 3.53 合计 18.93。',
  )
  await expect(page.getByTestId('budget-table-1')).toContainText('部门收支总体情况表')
  await expect(page.getByTestId('budget-table-11')).toContainText('本表为空表')
  await expect(page.getByTestId('budget-table-2').locator('.btable__row--off')).toHaveCount(2)
})
