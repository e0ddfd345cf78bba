// Issue 15, case 3: the same entries sent again under new ids are flagged and skipped, not added on
// top (阿图什 at 184 % before); the user may still keep them.
import { expect, test } from '@playwright/test'
import { countyFile, entriesOf, exportAll, importFile, pickFile } from './import-fixtures'

const atush = { id: 'atush', name: '阿图什市总工会' }

test('entries re-sent with new ids are duplicates: shown, skipped, and kept only when asked', async ({
  page,
}) => {
  await page.goto('/#/data')
  await importFile(
    page,
    'atush-1.json',
    countyFile(atush, [
      { id: 'a-1', value: '2' },
      { id: 'a-2', value: '3', date: '2025-05-01' },
    ]),
  )
  // The county's database was rebuilt: the same two entries (one written "2.00"), and one new one.
  const again = countyFile(atush, [
    { id: 'n-1', value: '2.00' },
    { id: 'n-2', value: '3', date: '2025-05-01' },
    { id: 'n-3', value: '1', date: '2025-06-01' },
  ])
  await pickFile(page, 'atush-2.json', again)
  const preview = page.getByRole('region', { name: '导入预览' })
  await expect(preview.getByTestId('import-duplicates')).toContainText('2 条记录与本机已有记录相同')
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toContainText('重复跳过 2 条')
  expect(entriesOf(await exportAll(page), 'atush')).toEqual(['1 职工运动会', '2 职工运动会', '3 职工运动会'])

  // Kept on purpose: a fourth entry, the same as the first, added when the box is ticked.
  await pickFile(page, 'atush-3.json', countyFile(atush, [{ id: 'k-1', value: '2' }]))
  await page.getByText('仍然导入这些重复记录').click()
  await page.getByRole('region', { name: '导入预览' }).getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toContainText('重复但保留 1 条')
  expect(entriesOf(await exportAll(page), 'atush')).toHaveLength(4)
})
