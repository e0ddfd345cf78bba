import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { submitForm } from './integrity-fixtures'

// ASSESSMENT_SHOTS=<folder> also saves screenshots and the print view as PDF there (for the docs).
const SHOTS = process.env.ASSESSMENT_SHOTS

async function shot(page: Page, name: string) {
  if (!SHOTS) return
  // The page scrolls inside the layout's main area: a tall window shows the whole form at once.
  const size = page.viewportSize()!
  await page.setViewportSize({ width: 1440, height: 1500 })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
  await page.setViewportSize(size)
}

async function chooseIndicator(page: Page, typed: string, name: string) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name: new RegExp(name) }).click()
}

async function logEntry(page: Page, typed: string, name: string, date: string, value: string, note: string) {
  await chooseIndicator(page, typed, name)
  await page.getByLabel('日期').fill(date)
  await page.getByLabel('数值').fill(value)
  await page.getByLabel('备注').fill(note)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-result')).toContainText(name)
}

async function switchProfile(page: Page, name: RegExp) {
  await page.getByRole('button', { name: /当前用户/ }).click()
  await page.getByRole('menuitem', { name }).click()
}

test('a year of the project sheet, judged, submitted, locked, exported', async ({ page }) => {
  test.setTimeout(120_000)

  // 1. The year's entries, through the 填报 page, as 管理员.
  await page.goto('/#/entry')
  await logEntry(page, '划拨', '划拨工会经费次数', '2025-03-15', '1', '全年一次划拨')
  await logEntry(page, '合规', '资金使用合规率', '2025-12-20', '100', '年度检查')
  await logEntry(page, '及时率', '上缴自治区工会经费及时率', '2025-12-20', '100', '按月上缴')
  await logEntry(page, '上缴自治区总工会', '上缴自治区总工会经费', '2025-06-30', '50', '上半年上缴')
  await logEntry(page, '州总工会', '上缴州总工会工会经费', '2025-06-30', '40', '上半年上缴')
  await logEntry(page, '满意度', '职工群众满意度', '2025-12-15', '96', '问卷调查')
  await page.getByRole('tab', { name: '预算执行' }).click()
  await page.getByRole('combobox', { name: '目标表' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '2025年预算工会经费' }).click()
  await page.getByLabel('日期').fill('2025-12-20')
  await page.getByLabel('金额（万元）').fill('92.50')
  await page.getByLabel('备注').fill('全年支出')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByText('支出已保存').first()).toBeVisible()

  // 2. The form, every figure from the engine.
  await page.goto('/#/assessment')
  await page.getByRole('link', { name: '打开自评表：2025年预算工会经费' }).click()
  await expect(page.getByRole('heading', { name: '项目支出绩效自评表' })).toBeVisible()
  // 92.50 of 100.00 → 92.50 %, 10 × 0.925 = 9.25
  const total = page.locator('[data-funds="total"]')
  await expect(total).toContainText('92.50%')
  await expect(page.getByTestId('budget-score')).toHaveText('9.25')
  // 40 of ≥ 50 万元: 10 × 40 / 50 = 8.00, a shortfall.
  const short = page.locator('[data-indicator="p1-i5"]')
  await expect(short).toContainText('40万元')
  await expect(short).toContainText('8.00')
  await expect(short).toContainText('需填写偏差原因')
  await expect(page.locator('[data-indicator="p1-i6"]')).toContainText('待评判')

  // 3. Judge the 定性 indicator; the band is enforced as one types.
  await page.getByRole('button', { name: '评定：提升公共服务质量' }).click()
  const dialog = page.getByRole('dialog', { name: '评定：提升公共服务质量' })
  await expect(dialog.getByText('“达成预期指标”的得分范围：16–20 分')).toBeVisible()
  const score = dialog.getByLabel('得分（分）')
  await score.fill('15')
  await expect(dialog.getByText('得分超出范围：16–20 分。')).toBeVisible()
  await expect(score).toHaveValue('15')
  await score.fill('18')
  await expect(dialog.getByText('得分超出范围')).toHaveCount(0)
  await dialog.getByRole('button', { name: '保存评判' }).click()
  await expect(page.locator('[data-indicator="p1-i6"]')).toContainText('18.00')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await shot(page, 'assessment-draft')

  // 4. Submitting is refused while the reason of the shortfall and the goal outcome are missing.
  await page.getByRole('button', { name: '提交审核' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '自评表尚未填完' })).toBeVisible()
  await expect(page.getByText('“上缴州总工会工会经费”需填写偏差原因分析及改进措施。')).toBeVisible()
  await shot(page, 'assessment-refused')

  await page.getByRole('button', { name: '评定：上缴州总工会工会经费' }).click()
  const dev = page.getByRole('dialog', { name: '评定：上缴州总工会工会经费' })
  await dev.getByRole('combobox', { name: '偏差原因类别' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '经费保障' }).click()
  await dev
    .getByRole('textbox', { name: '原因分析及改进措施', exact: true })
    .fill('年末税务代收资金未全部到位；次年一季度补缴，并按月跟踪上缴进度。')
  await dev.getByRole('button', { name: '保存偏差原因' }).click()
  await expect(short).toContainText('经费保障：年末税务代收资金未全部到位')
  await page.keyboard.press('Escape')

  await page
    .getByLabel('目标 1 实际完成情况')
    .fill('全年按规定划拨工会经费，上解自治区总工会经费 50 万元，留存经费用于工会业务工作。')
  await page.getByRole('button', { name: '保存实际完成情况' }).click()
  await expect(page.getByText('所有必填项已齐全，可以提交。')).toBeVisible()

  // 5. Submit (管理员): evidence is only a warning, asked about.
  await submitForm(page)
  // 15 + 15 + 10 + 10 + 8 + 18 + 10 + 9.25 = 95.25 → 优
  await expect(page.getByTestId('form-total')).toHaveText('95.25')
  await expect(page.getByTestId('form-grade')).toHaveText('优')

  // 6. A 审核 profile, created in 设置, locks it.
  await page.goto('/#/settings')
  await page.getByLabel('姓名').fill('王审核')
  await page.getByRole('combobox', { name: '角色' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '审核' }).click()
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByRole('cell', { name: '王审核' })).toBeVisible()
  await switchProfile(page, /王审核/)
  await expect(page.getByRole('button', { name: /当前用户/ })).toHaveAccessibleName('当前用户: 王审核')
  await page.goto('/#/assessment/kz-2025-proj-1')
  await page.getByRole('button', { name: '审核并锁定' }).click()
  await expect(page.getByText('已审核并锁定').first()).toBeVisible()
  await expect(page.getByText('此表已审核锁定')).toBeVisible()

  // 7. Back as 管理员, nothing of the locked sheet can change.
  await switchProfile(page, /管理员/)
  await page.getByRole('button', { name: '评定：提升公共服务质量' }).click()
  const lockedDialog = page.getByRole('dialog', { name: '评定：提升公共服务质量' })
  await expect(lockedDialog.getByText('此表已审核锁定')).toBeVisible()
  await expect(lockedDialog.getByRole('button', { name: '保存评判' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(lockedDialog).toBeHidden()
  await shot(page, 'assessment-locked')

  await page.goto('/#/entry?tab=history')
  const entry = page.getByRole('row', { name: /上缴州总工会工会经费/ })
  await expect(entry.getByRole('button', { name: '删除' })).toBeDisabled()
  await entry.getByRole('button', { name: '查看' }).click()
  const edit = page.getByRole('dialog', { name: /上缴州总工会工会经费/ })
  await expect(edit.getByLabel('数值')).toBeDisabled()
  await expect(edit.getByRole('button', { name: '保存修改' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await page.goto('/#/entry')
  await page.getByRole('combobox', { name: '指标' }).click()
  await page.getByRole('combobox', { name: '指标' }).fill('州总工会')
  await expect(page.getByRole('option', { name: /上缴州总工会工会经费.*目标表已锁定/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  )

  // 8. The workbook: total and grade read back from its cells.
  await page.goto('/#/assessment/kz-2025-proj-1')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('2025年预算工会经费-绩效自评表.xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer)
  const ws = workbook.getWorksheet('项目支出绩效自评表')!
  let totalRow = 0
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === '总分') totalRow = n
  })
  expect(totalRow).toBeGreaterThan(0)
  expect(ws.getCell(totalRow, 8).value).toBe(95.25)
  expect(ws.getCell(totalRow, 9).value).toBe('自评等级')
  expect(ws.getCell(totalRow, 10).value).toBe('优')
  if (SHOTS) await file.saveAs(`${SHOTS}/assessment.xlsx`)

  // 9. The print view: only the form, ready for A4 landscape.
  await page.getByRole('link', { name: '打印预览' }).click()
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByTestId('form-total')).toHaveText('95.25')
  if (SHOTS) {
    await page.emulateMedia({ media: 'print' })
    await page.pdf({
      path: `${SHOTS}/assessment-print.pdf`,
      format: 'A4',
      landscape: true,
      printBackground: true,
    })
    // The department form (six long goals) runs over two pages: its indicator header repeats.
    await page.goto('/#/assessment/kz-2025-dept/print')
    await expect(page.getByTestId('form-total')).toBeVisible()
    await page.pdf({
      path: `${SHOTS}/assessment-print-dept.pdf`,
      format: 'A4',
      landscape: true,
      printBackground: true,
    })
  }
})
