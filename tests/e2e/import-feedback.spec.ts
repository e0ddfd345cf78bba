// Issue 15, case 11: the preview lists every hint it counts, and the result lasts: a panel after the
// import and an entry in the 数据 page's history, still there after a reload.
import { expect, test } from '@playwright/test'
import { countyFile, pickFile } from './import-fixtures'

test('every hint of the preview is listed, and the result stays on the page and in the history', async ({
  page,
}) => {
  const pkg = countyFile({ id: 'atush', name: '阿图什市总工会' }, [{ id: 'a-1', value: '2' }])
  // Two hints: a target with a number the reader cannot score, and an empty target (the goals,
  // whose quantities have no indicator of their own in a copied sheet, are left out).
  pkg.sheets[0].goals = []
  pkg.sheets[0].indicators[1].target = '约5次'
  pkg.sheets[0].indicators[2].target = ''
  await page.goto('/#/data')
  await pickFile(page, 'atush.json', pkg)
  const warnings = page.getByTestId('import-warnings')
  await expect(warnings).toContainText('文件有 2 条提示')
  await expect(warnings.locator('li')).toHaveCount(2)
  await page.getByRole('region', { name: '导入预览' }).getByRole('button', { name: '确认导入' }).click()
  const result = page.getByTestId('import-result')
  await expect(result).toContainText('导入完成：新增 9 条')
  await expect(result.getByTestId('result-hints').locator('li')).toHaveCount(2)
  // A toast would be gone by now; the panel is not.
  await page.waitForTimeout(4000)
  await expect(result).toBeVisible()
  await page.reload()
  const history = page.getByTestId('import-history')
  await expect(history).toContainText('导入“atush.json”')
  await expect(history).toContainText('新增 9 条')
  await expect(history.getByTestId('result-hints').locator('li')).toHaveCount(2)
})
