import { expect, test, type Page } from '@playwright/test'

// Issue 21: the to-do list shows what is due on a chosen date; each item opens the page that settles
// it; the menu's 概览 carries today's count. The built-in data is the 2025 year; the browser's today
// is later, so today the two draft sheets' 自评 are due (from 1 December) and nothing else.

async function pick(page: Page, date: string) {
  const input = page.locator('#todo-date')
  await input.fill(date)
  await input.press('Enter')
}

test('待办事项 on a chosen date: the due items, each link opening its page; the badge on 概览', async ({
  page,
}) => {
  await page.goto('/#/')
  const panel = page.getByTestId('todo-panel')
  // The first visit seeds the built-in data; the panel follows the figures.
  await expect(panel.getByRole('heading', { name: '待办事项' })).toBeVisible({ timeout: 15_000 })

  // 10 August 2025, with the built-in data (targets, no entries yet): the 1–7月 form, read at 31 July,
  // has 9 red lights without a reason (the 9 counted quantities at 0 against 7/12 of the year; the
  // three readings 合规率, 及时率, 满意度 have no light without a reading, 定性 none); and the 12
  // loggable indicators (13 less the 定性 one) have no entry in the 221 days since 1 January.
  await pick(page, '2025-08-10')
  const items = panel.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.nth(0)).toHaveText('报送 1–7 月绩效监控表（2025-08-31 前），还有 9 项偏差原因未填写')
  await expect(items.nth(1)).toHaveText('12 个指标已 30 天以上未填报')
  await items.nth(0).getByRole('link').click()
  await expect(page).toHaveURL(/#\/monitor$/)
  await expect(page.getByRole('heading', { name: '绩效监控', level: 1 })).toBeVisible()

  await page.goBack()
  await pick(page, '2025-08-10')
  await panel.getByRole('link', { name: /未填报/ }).click()
  await expect(page).toHaveURL(/#\/entry$/)

  // 5 December 2025: the report is overdue with its reasons still missing; both draft sheets' 自评 are due.
  await page.goto('/#/')
  await pick(page, '2025-12-05')
  await expect(items).toHaveCount(4)
  await expect(items.nth(0)).toContainText('已逾期')
  await expect(items.nth(2)).toHaveText(/完成并提交《.*部门整体.*》的绩效自评（2026-03-31 前）/)
  await items.nth(2).getByRole('link').click()
  await expect(page).toHaveURL(/#\/assessment\/kz-2025-dept$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('部门整体')

  // Today (after the year): the two 自评, overdue since 31 March; the badge says 2.
  const badge = page.getByRole('navigation', { name: '主导航' }).getByTestId('todo-badge')
  await expect(badge).toHaveText('2 项待办')
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^概览\s*2 项待办$/ }),
  ).toBeVisible()
})

test('提醒与待办 settings: the monitoring form due in July covers 1–6月', async ({ page }) => {
  await page.goto('/#/settings')
  const card = page.getByTestId('todo-settings')
  await card.getByRole('combobox', { name: '监控表报送月份' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '7 月（报送 1–6 月）' }).click()
  await card.getByRole('button', { name: '保存提醒设置' }).click()
  await expect(page.getByText('提醒设置已保存。')).toBeVisible()

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /概览/ }).click()
  await pick(page, '2025-07-10')
  await expect(page.getByTestId('todo-panel').getByRole('listitem').first()).toHaveText(
    /^报送 1–6 月绩效监控表（2025-07-31 前）/,
  )
})
