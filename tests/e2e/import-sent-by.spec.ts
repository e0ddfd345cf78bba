// Issue 15: the exchange file says who sent it (`sentBy`). A file the unit in use sent itself (another
// of its devices) may write the unit's own rows; the same file sent by another unit is shown and
// skipped for them, as a parent's rows are.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { pickFile, PREFECTURE, type Json } from './import-fixtures'

async function exportUnitFile(page: Page): Promise<Json> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()])
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json
}

test('the export names its sender; the unit’s own rows come in from its own file only', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/#/data')
  const file = await exportUnitFile(page)
  expect(file.sentBy).toEqual({ unitId: 'kz-fed', profileName: '管理员' })

  // One new entry of the prefecture's own, in a file that says 阿图什 sent it: held, said why.
  const entry = { id: 'sb-1', indicatorId: 'd-i1', date: '2025-05-01', value: '3', note: '职工篮球赛' }
  const fromOther = { ...file, sentBy: { unitId: 'atush' }, progress: [...file.progress, entry] }
  await pickFile(page, 'from-atush.json', fromOther)
  const preview = page.getByRole('region', { name: '导入预览' })
  // Its 2 sheets, 13 indicators and the entry: 16 rows.
  await expect(preview.getByTestId('import-held')).toContainText(
    `${PREFECTURE}：16 条，属于本单位自己的记录，而文件由另一单位导出`,
  )
  // Nothing else in it is new here: there is nothing to import.
  await expect(preview.getByText('文件中的内容本机都已有，无需导入。')).toBeVisible()
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled()
  await preview.getByRole('button', { name: '取消' }).click()

  // The same entry from the prefecture's own other device: imported.
  const fromItself = { ...fromOther, sentBy: { unitId: 'kz-fed', profileName: '张三' } }
  await pickFile(page, 'from-kz.json', fromItself)
  await expect(preview.getByTestId('import-held')).toHaveCount(0)
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toBeVisible()
  expect((await exportUnitFile(page)).progress.some((e: Json) => e.id === 'sb-1')).toBe(true)
})
