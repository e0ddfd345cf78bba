// Issue 15, case 1: two counties' files use the same sheet, indicator and entry ids. At the
// prefecture they are two units' records: no conflict is offered, nothing moves between units.
import { expect, test } from '@playwright/test'
import { countyFile, entriesOf, exportAll, importFile, pickFile } from './import-fixtures'

test('an entry id used by two counties is two records, one per county, and no conflict', async ({ page }) => {
  await page.goto('/#/data')
  await importFile(
    page,
    'atush.json',
    countyFile({ id: 'atush', name: '阿图什市总工会' }, [{ id: 'e-1', value: '4', note: '医疗互助' }]),
  )
  await pickFile(
    page,
    'wuqia.json',
    countyFile({ id: 'wuqia', name: '乌恰县总工会' }, [{ id: 'e-1', value: '2', note: '医疗互助' }]),
  )
  const preview = page.getByRole('region', { name: '导入预览' })
  // Before issue 15 the shared ids were conflicts with 保留我的 / 采用对方的.
  await expect(preview.getByRole('region', { name: '需要处理的冲突' })).toHaveCount(0)
  // 1 sheet + 6 indicators + 1 entry share an id with 阿图什's rows.
  await expect(preview.getByTestId('import-rekeyed')).toContainText('8 条记录的编号与本机其他单位的记录相同')
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toContainText('新增 9 条')

  const all = await exportAll(page)
  expect(entriesOf(all, 'atush')).toEqual(['4 医疗互助'])
  expect(entriesOf(all, 'wuqia')).toEqual(['2 医疗互助'])

  // The same file again finds its rows under the ids they were given: nothing new, nothing in conflict.
  await pickFile(
    page,
    'wuqia.json',
    countyFile({ id: 'wuqia', name: '乌恰县总工会' }, [{ id: 'e-1', value: '2', note: '医疗互助' }]),
  )
  await expect(page.getByText('文件中的内容本机都已有，无需导入。')).toBeVisible()
})
