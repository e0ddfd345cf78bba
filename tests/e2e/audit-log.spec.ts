import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'

test('操作日志: one person’s changes of one day, with before/after, exported to a workbook', async ({
  page,
}) => {
  // A second person, who logs one entry; the administrator's own changes (the built-in data, the
  // new user) are in the log too and must be filtered out.
  await page.goto('/#/settings')
  await page.getByLabel('姓名').fill('张三')
  await page.getByRole('combobox', { name: '角色' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '录入员' }).click()
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByRole('cell', { name: '张三' })).toBeVisible()
  const userMenu = page.getByRole('button', { name: /当前用户/ })
  await userMenu.click()
  await page.getByRole('menuitem', { name: /张三/ }).click()
  await expect(userMenu).toHaveAccessibleName('当前用户: 张三')

  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('文体')
  await page.getByRole('option', { name: /开展职工文体活动/ }).click()
  await page.getByLabel('日期').fill('2025-03-08')
  await page.getByLabel('数值').fill('4')
  await page.getByLabel('备注').fill('职工趣味运动会')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '操作日志' }).click()
  await expect(page.getByRole('heading', { name: '操作日志' })).toBeVisible()
  // Unfiltered, the administrator's rows are there.
  const table = page.getByTestId('audit-table')
  await expect(table.getByRole('cell', { name: '管理员' }).first()).toBeVisible()

  const today = await page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
  await page.getByTestId('audit-person').click()
  await page.getByRole('option', { name: '张三' }).click()
  await page.getByPlaceholder('开始日期').fill(today)
  await page.getByPlaceholder('结束日期').fill(today)
  await page.getByPlaceholder('结束日期').press('Enter')
  await page.getByTestId('audit-search').click()

  // 张三's day: the switch to him (登录), his saved choice (设置) and his entry, newest first.
  const rows = table.locator('.el-table__body > tbody > tr.el-table__row')
  await expect(rows).toHaveCount(3)
  for (const [i, kind, action] of [
    [0, '进度填报', '新增'],
    [1, '设置', '新增'],
    [2, '人员', '登录'],
  ] as const) {
    await expect(rows.nth(i)).toContainText('张三')
    await expect(rows.nth(i)).toContainText(kind)
    await expect(rows.nth(i)).toContainText(action)
  }
  await expect(table.getByRole('cell', { name: '管理员' })).toHaveCount(0)
  // Its before/after: nothing before, the entry after.
  await rows.first().locator('.el-table__expand-icon').click()
  await expect(table.getByText('职工趣味运动会').first()).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByTestId('audit-export').click()
  const file = await (await download).path()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = wb.getWorksheet('操作日志')!
  expect(ws.rowCount).toBe(4)
  expect([2, 3, 4].map((r) => ws.getRow(r).getCell(2).value)).toEqual(['张三', '张三', '张三'])
  const line = ws.getRow(2).values as unknown[]
  expect(line.slice(2, 7)).toEqual(['张三', '录入员', '进度填报', expect.any(String), '新增'])
  expect(String(line[9])).toContain('职工趣味运动会')
})
