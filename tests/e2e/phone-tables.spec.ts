import { expect, test } from '@playwright/test'
import { PHONE, expectReadable, logEntry } from './phone-fixtures'

// Issue 19 item 4: at 375 px the lists with a pinned 操作 column hid their content (支出记录 showed
// only the date and the buttons, 回收站 hid which entry and value, 需关注 hid 实际/应完成, 进度比 and the
// reason, 长期未填报 cut dates to "2025-04-"). On a phone they are cards: content first, actions below.
test.use(PHONE)

test('支出记录, 回收站, 需关注 and 长期未填报 show their content inside a 375 px screen', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/#/entry')
  await logEntry(page, '观摩', /开展集体协商观摩/, '2025-04-10', '1')
  await logEntry(page, '文体', /开展职工文体活动/, '2025-05-01', '2')

  // 支出记录: the amount, the date and the running 执行率 of an entry.
  await page.getByRole('tab', { name: '预算执行' }).click()
  await page.getByLabel('日期').fill('2025-03-31')
  await page.getByLabel('金额（万元）').fill('12.5')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByText(/支出已保存/)).toBeVisible()
  const spending = page.locator('#main').getByText('2025-03-31', { exact: true }).last()
  await expectReadable(spending)
  await expectReadable(
    page
      .locator('#main')
      .getByText(/^12\.50?$/)
      .last(),
  )
  await expectReadable(
    page
      .locator('#main')
      .getByText(/^\d+\.\d+% \/ \d+\.\d+%$/)
      .last(),
  )
  // Its actions are below its content, not beside it.
  const del = page.getByRole('button', { name: '删除', exact: true }).last()
  expect((await del.boundingBox())!.y).toBeGreaterThan((await spending.boundingBox())!.y)

  // 回收站: which entry was deleted, its value and its date.
  await page.getByRole('tab', { name: '历史记录' }).click()
  const deleting = page.getByRole('button', { name: '删除', exact: true }).first()
  await deleting.click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确定|OK/ })
    .click()
  await expect(page.getByText(/已删除，可在回收站恢复/)).toBeVisible()
  await page.getByRole('tab', { name: /回收站/ }).click()
  await expectReadable(page.locator('#main').getByText('开展职工文体活动（次）', { exact: true }))
  await expectReadable(page.locator('#main').getByText(/^2 \S*$/))
  await expectReadable(page.locator('#main').getByText('2025-05-01', { exact: true }))

  // 需关注: a red indicator's 实际/应完成, 进度比 and its (missing) reason.
  await page.goto('/#/')
  const attention = page.getByRole('region', { name: '需关注的指标（红灯、黄灯）' })
  await expectReadable(attention.getByText('未填写偏差原因').first())
  await expectReadable(attention.getByText(/^\s*(—|[\d.]+%?) \/ (—|[\d.]+%?)\s*$/).first())
  // 长期未填报: the last entry's date whole, not "2025-04-".
  const stale = page.getByRole('region', { name: '长期未填报的指标' })
  const date = stale.getByText('2025-04-10', { exact: true })
  await expectReadable(date)
  await expect(date).toHaveText('2025-04-10')
})
