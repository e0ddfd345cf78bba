// Two devices of one unit on one server: the first connection uploads what the browser holds, an
// entry on one appears on the other without a reload, and a device that was offline merges its
// own entries and edits with the other's on reconnecting — nothing lost on either, and two edits
// of different fields of one entry both kept.
import { expect, test, type Page } from '@playwright/test'
import { device, logEntry, needsServer, openHistory, signIn } from './sync-fixtures'

needsServer()

/** Changes one field of the entry whose row matches `row`, in its edit dialog. */
async function edit(page: Page, row: RegExp, field: '数值' | '备注', value: string) {
  await openHistory(page)
  await page.getByRole('row', { name: row }).getByRole('button', { name: '修改' }).click()
  const dialog = page.getByRole('dialog', { name: /修改记录/ })
  await dialog.getByLabel(field).fill(value)
  await dialog.getByRole('button', { name: '保存修改' }).click()
  await expect(dialog).toBeHidden()
}

const log = (page: Page, value: string, note: string) =>
  logEntry(page, { typed: '文体', indicator: /开展职工文体活动/, date: '2025-04-01', value, note })

test('two devices of one unit, one offline for a while: every entry ends up on both', async ({ browser }) => {
  const a = await device(browser)
  // The built-in targets: 2 sheets with 6 + 7 indicators; the unit row is the server's already.
  expect(await signIn(a, 'fed-admin')).toBe('将上传 15 条记录')
  const b = await device(browser)
  expect(await signIn(b, 'fed-entry')).toBe('将上传 0 条记录')
  // Signed in = the account is the author.
  await expect(b.getByRole('button', { name: '当前用户: 州录入员' })).toBeVisible()

  await log(a, '1', '甲机录入·在线')
  await openHistory(b)
  await expect(b.getByRole('row', { name: /甲机录入·在线/ })).toBeVisible()

  await b.context().setOffline(true)
  // The same entry edited on both: the note offline on B, the value on A.
  await edit(b, /甲机录入·在线/, '备注', '甲机录入·在线·乙补注')
  await edit(a, /甲机录入·在线/, '数值', '5')
  await log(b, '2', '乙机录入·离线')
  await expect(b.getByTestId('sync-badge')).toContainText('离线，2 条待上传')
  await log(a, '3', '甲机录入·乙离线时')

  await b.context().setOffline(false)
  await expect(b.getByTestId('sync-badge')).toContainText('已同步', { timeout: 15_000 })
  for (const page of [a, b]) {
    await openHistory(page)
    for (const note of ['甲机录入·在线', '乙机录入·离线', '甲机录入·乙离线时'])
      await expect(page.getByRole('row', { name: new RegExp(note) })).toBeVisible()
    await expect(page.getByTestId('history-count')).toHaveText('共 3 条（全年 3 条）')
    // Different fields of one entry merge: A's value and B's note are both kept.
    const edited = page.getByRole('row', { name: /甲机录入·在线·乙补注/ })
    await expect(edited).toContainText('5 次')
  }
})
