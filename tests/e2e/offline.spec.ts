import { expect, test, type Page } from '@playwright/test'

async function chooseIndicator(page: Page, typed: string, name: RegExp) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name }).click()
}

test('after the first visit, the app opens and works with the network off', async ({ page, context }) => {
  await page.goto('/#/targets')
  await expect(page.getByRole('heading', { name: '部门整体绩效目标表' })).toBeVisible()
  // The service worker has precached every built file once it is active.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated')

  await context.setOffline(true)
  expect(
    await page.evaluate(() =>
      fetch('/favicon.svg?probe').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline')
  await page.reload()
  await expect(page.getByRole('heading', { name: '部门整体绩效目标表' })).toBeVisible()
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)

  // Lazy pages load from the cache too, and writing works.
  await page.goto('/#/entry')
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  await page.getByLabel('日期').fill('2025-05-04')
  await page.getByLabel('数值').fill('1')
  await page.getByLabel('备注').fill('断网时填报的青年节活动')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()

  await page.reload()
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByRole('row', { name: /断网时填报的青年节活动/ })).toBeVisible()
  for (const route of ['/#/monitor', '/#/assessment', '/#/data', '/#/settings']) {
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  }
  await context.setOffline(false)
})
