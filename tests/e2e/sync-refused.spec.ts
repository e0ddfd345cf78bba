// A change the server refuses is rolled back on the device and shown with the server's reason:
// an entry logged offline on a sheet that the prefecture's reviewer locked meanwhile.
import { expect, test } from '@playwright/test'
import { apiAs, choose, device, logEntry, needsServer, openHistory, signIn } from './sync-fixtures'
import { COUNTY_SHEETS } from './sync-world'

needsServer()

test('an entry on a sheet locked meanwhile is refused, rolled back and listed with the reason', async ({
  browser,
  request,
}) => {
  const county = await device(browser)
  await signIn(county, 'county-entry')
  await choose(county, '单位', '阿图什市总工会')
  // Opened once online: its code is loaded (a first visit's service worker controls the next load only).
  await openHistory(county)
  await county.context().setOffline(true)

  // Meanwhile: the county submits the second sheet and the prefecture's reviewer locks it.
  const locked = COUNTY_SHEETS[1]
  const countyAdmin = await apiAs(request, 'county-admin')
  expect((await countyAdmin(`/api/workflow/sheets/${locked.id}/submit`)).status()).toBe(200)
  const reviewer = await apiAs(request, 'fed-reviewer')
  expect((await reviewer(`/api/workflow/sheets/${locked.id}/lock`)).status()).toBe(200)

  // The device, still offline, sees the sheet open and logs on it.
  await logEntry(county, {
    typed: '划拨',
    indicator: /划拨工会经费次数/,
    sheet: '专项经费',
    date: '2025-05-20',
    value: '1',
    note: '锁定后离线录入',
  })
  await expect(county.getByTestId('sync-badge')).toContainText('离线，1 条待上传')
  await openHistory(county)
  await expect(county.getByTestId('history-count')).toHaveText('共 1 条（全年 1 条）')

  await county.context().setOffline(false)
  const refused = county.getByTestId('sync-rejected')
  await expect(refused).toHaveText('1 条被拒绝', { timeout: 15_000 })
  // Rolled back: the entry the server does not have is gone from the device too.
  await expect(county.getByTestId('history-count')).toHaveText('共 0 条（全年 0 条）')
  await expect(county.getByRole('row', { name: /锁定后离线录入/ })).toHaveCount(0)

  await refused.click()
  const dialog = county.getByRole('dialog', { name: '被拒绝的修改' })
  const row = dialog.getByRole('row', { name: /锁定后离线录入/ })
  await expect(row).toContainText('进展记录')
  await expect(row).toContainText('该表已审核锁定，不能修改。')
  await dialog.getByRole('button', { name: '清除列表' }).click()
  await expect(refused).toHaveCount(0)
  await expect(county.getByTestId('sync-badge')).toContainText('已同步')
})
