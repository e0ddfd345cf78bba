// Issue 15, case 2: a county's file may speak for the county, never for the prefecture: its spelling
// of the prefecture's name is shown and skipped, not offered as "采用对方的".
import { expect, test } from '@playwright/test'
import { countyFile, PREFECTURE, pickFile } from './import-fixtures'

test('a county file renames nothing above it: the prefecture row is shown as not imported', async ({
  page,
}) => {
  const pkg = countyFile({ id: 'atush', name: '阿图什市总工会' }, [{ id: 'a-1', value: '3' }])
  pkg.units[0].name = '克州总工会'
  await page.goto('/#/data')
  await pickFile(page, 'atush.json', pkg)
  const preview = page.getByRole('region', { name: '导入预览' })
  await expect(preview.getByRole('region', { name: '需要处理的冲突' })).toHaveCount(0)
  await expect(preview.getByTestId('import-held')).toContainText(`${PREFECTURE}：1 条，属于本单位自己的记录`)
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toContainText(`${PREFECTURE}：1 条`)
  await page.reload()
  await expect(page.locator('.header__unit')).toContainText(PREFECTURE)
  await page.getByRole('combobox', { name: '单位', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('option', { name: '克州总工会' })).toHaveCount(0)
  await expect(page.getByRole('option', { name: '阿图什市总工会' })).toBeVisible()
})
