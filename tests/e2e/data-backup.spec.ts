import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

async function chooseIndicator(page: Page, typed: string, name: RegExp) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name }).click()
}

test('back up, clear the site’s data, restore: everything is back, the photo included', async ({
  page,
  context,
  baseURL,
}) => {
  // An entry with a photo, through the 填报 page.
  await page.goto('/#/entry')
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  await page.getByLabel('日期').fill('2025-04-12')
  await page.getByLabel('数值').fill('2')
  await page.getByLabel('备注').fill('备份前的记录：职工篮球赛')
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 240, height: 160 } })
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '篮球赛.png', mimeType: 'image/png', buffer: photo })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()

  // Back up on the Data page.
  await page.goto('/#/data')
  await expect(page.getByTestId('last-backup')).toHaveText('还没有备份过。')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '备份全部数据' }).click()
  // Outside test-results: other runs on this machine share and clear that folder.
  const file = join(mkdtempSync(join(tmpdir(), 'pl-backup-')), 'backup.json')
  await (await download).saveAs(file)
  await expect(page.getByTestId('last-backup')).toContainText('上次备份')
  const meta = JSON.parse(readFileSync(file, 'utf8')) as { counts: Record<string, number>; sha256: string }
  expect(meta.counts).toMatchObject({ progress: 1, attachments: 1 })
  expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/)

  // Clear the site's data as the browser's "clear site data" does.
  await page.goto('about:blank')
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: baseURL!, storageTypes: 'all' })
  await page.goto('/#/entry')
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByText('备份前的记录：职工篮球赛')).toHaveCount(0)

  // Restore: the file is checked, what would be lost is named, then everything comes back.
  await page.goto('/#/data')
  await page.getByLabel('选择备份文件…').setInputFiles(file)
  const checked = page.getByRole('region', { name: '已检查的备份' })
  await expect(checked.getByText('校验通过')).toBeVisible()
  await checked.getByRole('button', { name: '替换为备份…' }).click()
  const confirm = page.getByRole('dialog', { name: '用备份替换当前全部数据？' })
  await expect(confirm).toContainText('2 张目标表')
  await expect(confirm).toContainText('0 条进度记录')
  await expect(confirm).toContainText('0 个附件')
  await confirm.getByRole('button', { name: '删除并恢复' }).click()
  await expect(page.getByText(/恢复完成：2 张目标表、1 条进度记录、1 个附件/)).toBeVisible()

  await page.goto('/#/entry')
  await page.getByRole('tab', { name: '历史记录' }).click()
  const row = page.getByRole('row', { name: /开展职工文体活动/ })
  await expect(row).toContainText('备份前的记录：职工篮球赛')
  await row.getByRole('button', { name: '佐证资料 1 个' }).click()
  const dialog = page.getByRole('dialog', { name: /修改记录/ })
  await dialog.getByRole('button', { name: '预览 篮球赛.png' }).first().click()
  const img = page.getByRole('dialog', { name: '篮球赛.png' }).getByRole('img', { name: '篮球赛.png' })
  await expect(img).toBeVisible()
  expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([
    240, 160,
  ])
})

test('a damaged backup is refused with one message and nothing changes', async ({ page }) => {
  await page.goto('/#/data')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '备份全部数据' }).click()
  const text = readFileSync(await (await download).path(), 'utf8')
  const damaged = join(mkdtempSync(join(tmpdir(), 'pl-backup-')), 'damaged.json')
  writeFileSync(damaged, text.replace('开展职工文体活动', '开展职工文体活勤'))
  await page.getByLabel('选择备份文件…').setInputFiles(damaged)
  await expect(page.getByRole('alert').filter({ hasText: '备份文件校验失败' })).toBeVisible()
  await expect(page.getByRole('region', { name: '已检查的备份' })).toHaveCount(0)
})
