// Issue 15, case 6: a county sets itself up in the app (管理员: create, rename, place under the
// parent); its first file carries the parent as a reference, which the prefecture's import resolves
// by id, or by a name the user confirms when the county's database gave the parent another id.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { type Json, PREFECTURE, pickFile } from './import-fixtures'

async function countySetsItselfUp(page: Page): Promise<Json> {
  await page.goto('/#/settings')
  const card = page.locator('.el-card').filter({ hasText: '单位管理' })
  await card.getByPlaceholder('单位名称').fill('阿图什总工会')
  await card.getByRole('combobox', { name: '上级单位' }).last().selectOption({ label: PREFECTURE })
  await card.getByRole('button', { name: '新建单位' }).click()
  const row = card.locator('tr').filter({ has: page.getByRole('textbox', { name: '单位名称 阿图什总工会' }) })
  // Renamed to its full name.
  await row.getByRole('textbox').fill('阿图什市总工会')
  await row.getByRole('button', { name: '保存' }).click()
  await expect(card.getByText('已保存。')).toBeVisible()
  await card
    .locator('tr')
    .filter({ has: page.getByRole('textbox', { name: '单位名称 阿图什市总工会' }) })
    .getByRole('button', { name: '设为当前单位' })
    .click()
  await expect(page.locator('.header__unit')).toContainText('阿图什市总工会')
  await page.goto('/#/data')
  const button = page.getByTestId('export-json')
  await expect(button).toContainText('导出 阿图什市总工会及下级单位')
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json
}

test('a county created in the app sends its first file; the prefecture places it under itself', async ({
  browser,
}) => {
  const county = await browser.newContext()
  const file = await countySetsItselfUp(await county.newPage())
  await county.close()
  const atush = file.units.find((u: Json) => u.name === '阿图什市总工会')
  expect(file.units.find((u: Json) => u.id === atush.parentId)).toMatchObject({
    name: PREFECTURE,
    reference: true,
  })

  const prefecture = await browser.newContext()
  const page = await prefecture.newPage()
  await page.goto('/#/data')
  // By id: the reference is the prefecture here.
  await pickFile(page, 'atush.json', file)
  const preview = page.getByRole('region', { name: '导入预览' })
  await expect(preview.getByTestId('new-units')).toContainText(`阿图什市总工会（隶属 ${PREFECTURE}）`)
  await expect(page.getByTestId('import-error')).toHaveCount(0)

  // By a confirmed name: the county's database knew its parent under another id.
  const renamed = JSON.parse(JSON.stringify(file)) as Json
  for (const u of renamed.units) {
    if (u.reference) u.id = 'kz-union-local'
    else u.parentId = 'kz-union-local'
  }
  await pickFile(page, 'atush-2.json', renamed)
  const questions = preview.getByTestId('unit-questions')
  await expect(questions).toContainText(`文件中的“${PREFECTURE}”与本机的“${PREFECTURE}”同名`)
  await questions.getByText('是同一单位（合并）').click()
  await expect(preview.getByTestId('new-units')).toContainText(`阿图什市总工会（隶属 ${PREFECTURE}）`)
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toContainText('新增 1 条')
  await page.goto('/#/settings')
  const row = page
    .locator('tr')
    .filter({ has: page.getByRole('textbox', { name: '单位名称 阿图什市总工会' }) })
  await expect(row.getByRole('combobox')).toHaveValue('kz-fed')
  await prefecture.close()
})
