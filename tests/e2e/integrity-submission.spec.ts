// Issue 15, case 7: "已提交" freezes the sheet. After the department sheet is submitted no entry
// lands on it and its score stays; the reviewer sends it back with a reason; after the owner's fix
// and the second submission the reviewer sees what changed in between.
import { expect, test, type Page } from '@playwright/test'
import { addProfile, entriesFile, fillOutcomes, importEntries, submitForm, switchProfile } from './integrity-fixtures'

const SHEET = 'kz-2025-dept'
const MEDICAL = '加大全州在职职工医疗互助保障参与率（人）'

/**
 * The department sheet's year: five targets met (5 × 15 = 75), 医疗互助 20000 of ≥ 27000 人:
 * 15 × 20000 / 27000 = 11.111… → 11.11, with its deviation reason; no spending (budget line 0).
 * Total 75 + 11.11 = 86.11.
 */
const departmentYear = () =>
  entriesFile({
    progress: [
      ['t-d1', 'd-i1', '4'],
      ['t-d2', 'd-i2', '2'],
      ['t-d3', 'd-i3', '4'],
      ['t-d4', 'd-i4', '5'],
      ['t-d5', 'd-i5', '20000'],
      ['t-d6', 'd-i6', '4'],
    ].map(([id, indicatorId, value]) => ({ id, indicatorId, date: '2025-11-30', value, note: '年度汇总' })),
    deviations: [{ indicatorId: 'd-i5', cause: '其他', text: '部分企业职工年底才参保，次年一季度补录。' }],
  })

async function medicalOption(page: Page) {
  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('医疗互助')
  return page.getByRole('option', { name: new RegExp('医疗互助') })
}

test('a submitted sheet takes no entry and keeps its score; sent back with a reason, resubmitted, the reviewer sees the change', async ({
  page,
}) => {
  test.setTimeout(150_000)
  await addProfile(page, '王审核', '审核')
  await importEntries(page, 'department-year.json', departmentYear())
  await page.goto(`/#/assessment/${SHEET}`)
  const total = page.getByTestId('form-total')
  await expect(total).toHaveText('86.11')
  await fillOutcomes(page, 6)
  await submitForm(page)
  await expect(page.getByText('此表已提交审核：退回或撤回提交之前，填报、评判和偏差原因都不能修改。')).toBeVisible()

  // 1. The entry that, in the issue, took the score from 94.98 to 98.73: refused, said why.
  const option = await medicalOption(page)
  await expect(option).toContainText('已提交审核')
  await expect(option).toHaveAttribute('aria-disabled', 'true')
  await page.keyboard.press('Escape')
  await page.goto(`/#/assessment/${SHEET}`)
  await expect(total).toHaveText('86.11')
  await expect(page.locator('[data-indicator="d-i5"]')).toContainText('11.11')
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible()

  // 2. The reviewer sends it back, with a reason the owner sees.
  await switchProfile(page, /王审核/)
  await page.getByRole('button', { name: '退回修改' }).click()
  const dialog = page.getByRole('dialog', { name: '退回修改' })
  await dialog.getByRole('button', { name: '退回修改' }).click()
  await expect(dialog.getByText('请填写退回意见')).toBeVisible()
  await dialog.getByLabel('退回意见').fill('医疗互助参与人数请按年末统计口径补录。')
  await dialog.getByRole('button', { name: '退回修改' }).click()
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible()

  // 3. The owner reads it, adds the missing 7000 (27000 of ≥ 27000: 15.00, total 90.00) and resubmits.
  await switchProfile(page, /管理员/)
  await expect(page.getByText(/王审核 于 .* 退回：医疗互助参与人数请按年末统计口径补录。/)).toBeVisible()
  const open = await medicalOption(page)
  await open.click()
  await page.getByLabel('日期').fill('2025-12-31')
  await page.getByLabel('数值').fill('7000')
  await page.getByLabel('备注').fill('年末补录')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-result')).toContainText('医疗互助')
  await page.goto(`/#/assessment/${SHEET}`)
  await expect(total).toHaveText('90.00')
  await submitForm(page)

  // 4. The reviewer sees exactly what changed between the two submissions.
  await switchProfile(page, /王审核/)
  const changes = page.getByTestId('changes-since-submission')
  await expect(changes).toContainText(`填报 新增 ${MEDICAL} — → 7000`)
  await expect(changes.getByRole('listitem')).toHaveCount(1)
})
