// Issue 15, case 5: the unit in use is explicit and remembered: after county files are imported the
// app reopens on the prefecture (not the first unit by name), and the default export is the unit in
// use and the units below it, as its button says.
import { expect, test } from '@playwright/test'
import { countyFile, importFile, PREFECTURE } from './import-fixtures'

test('after imports the app reopens on the unit in use, and exports it with its counties by default', async ({
  page,
}) => {
  await page.goto('/#/data')
  await importFile(
    page,
    'atush.json',
    countyFile({ id: 'atush', name: '阿图什市总工会' }, [{ id: 'a-1', value: '2' }]),
  )
  await importFile(
    page,
    'wuqia.json',
    countyFile({ id: 'wuqia', name: '乌恰县总工会' }, [{ id: 'w-1', value: '1' }], {
      sheet: 'w-dept',
      indicator: 'wi',
    }),
  )
  await page.reload()
  await expect(page.locator('.header__unit')).toContainText(PREFECTURE)
  const button = page.getByTestId('export-json')
  await expect(button).toHaveText(`导出 ${PREFECTURE}及下级单位（2025 年）`)
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/^perf-ledger-kz-fed-2025-tree-/)

  // Picked explicitly, a county is the unit in use after a reload too.
  await page.getByRole('combobox', { name: '单位', exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '乌恰县总工会' }).click()
  // The header changes once the choice is saved (the store saves it first); then the reload.
  await expect(page.getByTestId('export-json')).toHaveText('导出 乌恰县总工会及下级单位（2025 年）')
  await page.reload()
  await expect(page.locator('.header__unit')).toContainText('乌恰县总工会')
  await expect(page.getByTestId('export-json')).toHaveText('导出 乌恰县总工会及下级单位（2025 年）')
})
