// Issue 15, case 4: a unit with the name of one here under another id asks whether it is the same
// unit; answered "same", there is one 阿图什市总工会, not two indistinguishable ones.
import { expect, test } from '@playwright/test'
import { countyFile, entriesOf, exportAll, importFile, pickFile } from './import-fixtures'

test('a unit named like one here is a question: same unit merges, there is one unit in the picker', async ({
  page,
}) => {
  await page.goto('/#/data')
  await importFile(
    page,
    'atush.json',
    countyFile({ id: 'atush', name: '阿图什市总工会' }, [{ id: 'a-1', value: '2' }]),
  )
  const other = countyFile(
    { id: 'atush-new', name: '阿图什市总工会' },
    [{ id: 'b-1', value: '5', date: '2025-07-01' }],
    {
      sheet: 'atush-new-dept',
      indicator: 'an',
    },
  )
  await pickFile(page, 'atush-again.json', other)
  const preview = page.getByRole('region', { name: '导入预览' })
  const questions = preview.getByTestId('unit-questions')
  await expect(questions).toContainText(
    '文件中的“阿图什市总工会”与本机的“阿图什市总工会”（隶属 克孜勒苏柯尔克孜自治州总工会）同名',
  )
  const run = preview.getByRole('button', { name: '确认导入' })
  await expect(run).toBeDisabled()
  await questions.getByText('是同一单位（合并）').click()
  await expect(run).toBeEnabled()
  await run.click()
  await expect(page.getByTestId('import-result')).toBeVisible()
  await page.getByRole('combobox', { name: '单位', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('option', { name: '阿图什市总工会' })).toHaveCount(1)
  await page.keyboard.press('Escape')
  const all = await exportAll(page)
  expect(all.units.map((u: { id: string }) => u.id).sort()).toEqual(['atush', 'kz-fed'])
  expect(entriesOf(all, 'atush')).toEqual(['2 职工运动会', '5 职工运动会'])
})
