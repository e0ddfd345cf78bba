import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

async function chooseIndicator(page: Page, typed: string, name: RegExp) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name }).click()
}

test('an entry’s photo travels in the .zip bundle to another browser and opens there', async ({
  page,
  browser,
}) => {
  await page.goto('/#/entry')
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  await page.getByLabel('日期').fill('2025-03-08')
  await page.getByLabel('数值').fill('4')
  await page.getByLabel('备注').fill('趣味运动会')
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } })
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '运动会.png', mimeType: 'image/png', buffer: shot })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()

  await page.goto('/#/data')
  // The plain .json says what it leaves out.
  const json = page.waitForEvent('download')
  // The button names the default scope: the unit in use and the units below it (issue 15).
  await page.getByTestId('export-json').click()
  await json
  await expect(page.getByTestId('export-left-out')).toContainText('不含佐证文件（1 个）')
  const zipped = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出（含佐证文件 .zip）' }).click()
  const download = await zipped
  expect(download.suggestedFilename()).toMatch(/\.zip$/)
  const bytes = readFileSync((await download.path())!)

  const other = await browser.newContext()
  const desk = await other.newPage()
  await desk.goto('/#/data')
  await desk
    .getByLabel('选择交换文件…')
    .setInputFiles({ name: 'bundle.zip', mimeType: 'application/zip', buffer: bytes })
  const preview = desk.getByRole('region', { name: '导入预览' })
  await expect(preview.getByTestId('import-evidence')).toContainText('随附佐证文件 1 个')
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(desk.getByText(/导入完成/)).toBeVisible()

  await desk.goto('/#/entry')
  await desk.getByRole('tab', { name: '历史记录' }).click()
  const row = desk.getByRole('row', { name: /开展职工文体活动/ })
  await expect(row).toContainText('趣味运动会')
  await row.getByRole('button', { name: '佐证资料 1 个' }).click()
  const dialog = desk.getByRole('dialog', { name: /修改记录/ })
  await dialog.getByRole('button', { name: '预览 运动会.png' }).first().click()
  const img = desk.getByRole('dialog', { name: '运动会.png' }).getByRole('img', { name: '运动会.png' })
  await expect(img).toBeVisible()
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(320)
  await other.close()
})
