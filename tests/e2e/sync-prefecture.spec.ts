// The prefecture's browser shows a county's work live: an entry logged on the county's device
// appears on the prefecture's open page without a reload.
import { expect, test } from '@playwright/test'
import { choose, device, logEntry, needsServer, openHistory, signIn } from './sync-fixtures'

needsServer()

test("the prefecture sees a county's entry appear without reloading", async ({ browser }) => {
  const prefecture = await device(browser)
  // A reviewer of the prefecture writes none of the built-in rows: nothing to upload.
  expect(await signIn(prefecture, 'fed-reviewer')).toBe('将上传 0 条记录')
  const county = await device(browser)
  expect(await signIn(county, 'county-entry')).toBe('将上传 0 条记录')

  // The county's unit came down with the pull: both browsers can open it.
  await choose(prefecture, '单位', '阿图什市总工会')
  await openHistory(prefecture)
  await expect(prefecture.getByTestId('history-count')).toHaveText('共 0 条（全年 0 条）')
  await prefecture.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))

  await choose(county, '单位', '阿图什市总工会')
  await logEntry(county, {
    typed: '划拨',
    indicator: /划拨工会经费次数/,
    date: '2025-03-15',
    value: '1',
    note: '阿图什·三月划拨',
  })

  await expect(prefecture.getByRole('row', { name: /阿图什·三月划拨/ })).toBeVisible({ timeout: 10_000 })
  await expect(prefecture.getByRole('row', { name: /阿图什·三月划拨/ })).toContainText('市录入员')
  await expect(prefecture.getByTestId('history-count')).toHaveText('共 1 条（全年 1 条）')
  expect(await prefecture.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)
})
