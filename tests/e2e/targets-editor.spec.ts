import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'

// The "ready to work offline" notice sits over the bottom right corner until dismissed.
test.beforeEach(async ({ page }) => {
  await page.addLocatorHandler(page.getByRole('button', { name: '知道了' }), (button) => button.click())
})

const seedText = readFileSync('tests/unit/domain/fixtures/seed-tables.txt', 'utf8')
/** The seed's project table, from its title to the end of the excerpt. */
const projectTable = seedText.slice(seedText.indexOf(' 项目支出绩效目标表'))

test('pasting the seed’s project table gives a new sheet with its seven indicators', async ({ page }) => {
  await page.goto('/#/targets')
  await page.getByRole('button', { name: '粘贴公开表格' }).click()
  await page.getByLabel('粘贴的表格文字').fill(projectTable)
  await expect(page.getByRole('status').filter({ hasText: '读出 1 张表' })).toHaveText(
    '读出 1 张表，共 7 项指标。',
  )
  const draft = page.locator('[data-draft="0"]')
  await expect(draft.getByLabel('名称', { exact: true })).toHaveValue('2025年预算工会经费')
  await expect(draft.getByLabel('第 7 行 三级指标')).toHaveValue('职工群众满意度')
  await expect(draft.getByTestId('editor-weight-total')).toContainText('指标分值合计 90 分，应为 90 分')
  // Nothing is saved before confirming: the list still has its two sheets.
  await page.getByLabel('名称', { exact: true }).fill('2025年预算工会经费（粘贴）')
  await page.getByRole('button', { name: '确认保存' }).click()

  await expect(page).toHaveURL(/#\/targets$/)
  const pasted = page.locator('.sheet').filter({ hasText: '2025年预算工会经费（粘贴）' })
  await expect(pasted.getByText('7 项指标')).toBeVisible()
  await expect(pasted.locator('.indicators .el-table__body-wrapper tbody tr')).toHaveCount(7)
  await expect(pasted.getByRole('cell', { name: '上缴州总工会工会经费', exact: true })).toBeVisible()
})

/** A workbook filled by hand: one project sheet whose rows 8 and 9 are wrong. */
async function workbookWithTwoBadRows(): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('职工培训')
  ws.getCell('A1').value = '项目支出绩效目标表'
  ws.getCell('A2').value = '（2025年）'
  ws.getCell('A3').value = '项目名称'
  ws.getCell('C3').value = '职工技能培训'
  ws.getCell('A4').value = '年初预算数（万元）'
  ws.getCell('C4').value = '20.00'
  ws.getCell('F4').value = '全年预算数（万元）'
  ws.getCell('H4').value = '20.00'
  ws.getCell('A5').value = '财政资金（万元）'
  ws.getCell('C5').value = '20.00'
  ws.getCell('F5').value = '其他资金（万元）'
  ws.getCell('H5').value = '0.00'
  ws.getRow(6).values = ['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '分值']
  ws.getRow(7).values = ['产出指标', '数量指标', '培训人次', '≥300人次', '年度计划', '', 50]
  ws.getRow(8).values = ['', '', '培训期数', '大约六期', '年度计划', '', 20]
  ws.getRow(9).values = ['效益指标', '社会效益指标', '职工技能水平', '明显提升', '', '', '二十']
  const file = join(tmpdir(), `targets-bad-rows-${process.pid}.xlsx`)
  await wb.xlsx.writeFile(file)
  return file
}

test('a workbook with two bad rows names both problems and saves nothing', async ({ page }) => {
  const file = await workbookWithTwoBadRows()
  await page.goto('/#/targets')
  await expect(page.locator('.indicators .el-table__body-wrapper tbody tr')).toHaveCount(13)
  await page.getByRole('button', { name: '从 Excel 导入' }).click()
  await page.getByLabel('选择填好的 Excel 文件（.xlsx）：').setInputFiles(file)

  await expect(page.getByText('有 2 处问题', { exact: false })).toBeVisible()
  const problems = page.locator('.problems .el-table__body-wrapper tbody tr')
  await expect(problems).toHaveCount(2)
  await expect(problems.nth(0)).toContainText('职工培训')
  await expect(problems.nth(0)).toContainText('8')
  await expect(problems.nth(0)).toContainText('D')
  await expect(problems.nth(0)).toContainText('指标值无法识别')
  await expect(problems.nth(1)).toContainText('9')
  await expect(problems.nth(1)).toContainText('G')
  await expect(problems.nth(1)).toContainText('分值“二十”不是 0–100 之间的数字。')
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled()

  await page.goto('/#/targets')
  await expect(page.locator('.sheet')).toHaveCount(2)
  await expect(page.locator('.indicators .el-table__body-wrapper tbody tr')).toHaveCount(13)
})

test('editing a weight changes the total at once, and the saved change is in the history', async ({
  page,
}) => {
  await page.goto('/#/targets')
  await page.locator('[data-sheet="kz-2025-proj-1"]').getByRole('link', { name: '编辑' }).click()
  const total = page.getByTestId('editor-weight-total')
  // 15 + 15 + 10 + 10 + 10 + 20 + 10 = 90
  await expect(total).toContainText('指标分值合计 90 分，应为 90 分（正确）')
  const weight = page.getByLabel('第 1 行 分值')
  await weight.fill('20')
  await weight.press('Tab')
  // 90 − 15 + 20 = 95
  await expect(total).toContainText('指标分值合计 95 分，应为 90 分（不相等，请调整分值）')
  await page.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByText('已保存，修改已记入修改记录。')).toBeVisible()
  const history = page.locator('.history .el-table__body-wrapper tbody tr').first()
  await expect(history).toContainText('管理员')
  await expect(history).toContainText('分值：15 → 20')

  await page.getByRole('link', { name: '绩效目标' }).first().click()
  await expect(page.locator('[data-sheet="kz-2025-proj-1"]').getByTestId('weight-total')).toContainText('95')
})
