// Two devices of one unit on one server: the first connection uploads what the browser holds, an
// entry on one appears on the other without a reload, and a device that was offline merges its
// own entries with the other's on reconnecting — nothing lost on either.
import { expect, test, type Page } from '@playwright/test'
import { device, needsServer, signIn } from './sync-fixtures'

needsServer()

async function logEntry(page: Page, value: string, note: string) {
  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('文体')
  await page.getByRole('option', { name: /开展职工文体活动/ }).click()
  await page.getByLabel('日期').fill('2025-04-01')
  await page.getByLabel('数值').fill(value)
  await page.getByLabel('备注').fill(note)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()
}

async function history(page: Page) {
  await page.goto('/#/entry')
  await page.getByRole('tab', { name: '历史记录' }).click()
  return page
}

test('two devices of one unit, one offline for a while: every entry ends up on both', async ({ browser }) => {
  const a = await device(browser)
  // The built-in targets: 2 sheets with 6 + 7 indicators; the unit row is the server's already.
  expect(await signIn(a, 'fed-admin')).toBe('将上传 15 条记录')
  const b = await device(browser)
  expect(await signIn(b, 'fed-entry')).toBe('将上传 0 条记录')
  // Signed in = the account is the author.
  await expect(b.getByRole('button', { name: '当前用户: 州录入员' })).toBeVisible()

  await logEntry(a, '1', '甲机录入·在线')
  const onB = await history(b)
  await expect(onB.getByRole('row', { name: /甲机录入·在线/ })).toBeVisible()

  await b.context().setOffline(true)
  await logEntry(b, '2', '乙机录入·离线')
  await expect(b.getByTestId('sync-badge')).toContainText('离线，1 条待上传')
  await logEntry(a, '3', '甲机录入·乙离线时')

  await b.context().setOffline(false)
  await expect(b.getByTestId('sync-badge')).toContainText('已同步', { timeout: 15_000 })
  for (const page of [a, b]) {
    const panel = await history(page)
    for (const note of ['甲机录入·在线', '乙机录入·离线', '甲机录入·乙离线时'])
      await expect(panel.getByRole('row', { name: new RegExp(note) })).toBeVisible()
    await expect(page.getByTestId('history-count')).toHaveText('共 3 条（全年 3 条）')
  }
})
