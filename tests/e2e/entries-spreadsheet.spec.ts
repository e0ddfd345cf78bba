import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'

// Issue 21: a template filled with 200 rows, three of them wrong, imports 197 and gives back the three;
// importing the same file again adds nothing.

async function download(page: Page, click: () => Promise<void>): Promise<ArrayBuffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const bytes = await readFile((await file.path())!)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

async function choose(page: Page, name: string, bytes: ArrayBuffer) {
  await page.getByLabel('选择填好的文件').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  })
}

test('从表格导入: 200 rows with 3 wrong → 3 problems by row and column, 197 in, 3 back, again 0', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/#/entry')
  await page.getByRole('tab', { name: '从表格导入' }).click()
  const template = await download(page, () => page.getByRole('button', { name: '下载模板' }).click())

  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(template)
  const list = wb.getWorksheet('指标清单')!
  const offered = (list.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === 'string')
  expect(offered).toContain('资金使用合规率')
  expect(offered).toContain('划拨工会经费次数')
  const projects = (list.getColumn(2).values as unknown[]).filter((v): v is string => typeof v === 'string')
  expect(projects.length).toBeGreaterThan(0)
  const ws = wb.getWorksheet('进度填报')!
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['指标', '日期', '数值', '备注', '填报人'])
  expect(ws.getCell('A2').dataValidation).toMatchObject({ type: 'list' })
  for (let k = 0; k < 200; k++) {
    const day = new Date(Date.UTC(2025, 0, 1 + k)).toISOString().slice(0, 10)
    const row =
      k % 2 ? ['划拨工会经费次数', day, '1', `第${k}次`, '张三'] : ['资金使用合规率', day, '100', '', '']
    if (k === 10) row[0] = '不存在的指标'
    if (k === 50) row[1] = '2025-13-01'
    if (k === 120) row[2] = '一些'
    ws.getRow(k + 2).values = row
  }
  const filled = (await wb.xlsx.writeBuffer()) as ArrayBuffer

  await choose(page, '台账.xlsx', filled)
  await expect(page.getByTestId('sheet-import-summary')).toHaveText(
    '台账.xlsx：共 200 行，197 行无误，3 行有问题。',
  )
  const problems = page.getByTestId('sheet-import-problems').locator('.el-table__body tr.el-table__row')
  await expect(problems).toHaveCount(3)
  // Data row k is worksheet row k + 2.
  for (const [i, row, column, text] of [
    [0, '12', '指标', '找不到这个指标'],
    [1, '52', '日期', '日期无效'],
    [2, '122', '数值', '请填写数字'],
  ] as const) {
    const cells = problems.nth(i).locator('td')
    await expect(cells.nth(1)).toHaveText(row)
    await expect(cells.nth(2)).toHaveText(column)
    await expect(cells.nth(3)).toContainText(text)
  }

  const failed = await download(page, () => page.getByRole('button', { name: /下载未通过的 3 行/ }).click())
  const back = new ExcelJS.Workbook()
  await back.xlsx.load(failed)
  const backRows = back.getWorksheet('进度填报')!
  expect(backRows.getCell('F1').value).toBe('问题')
  expect([2, 3, 4].map((r) => backRows.getCell(r, 1).value)).toEqual([
    '不存在的指标',
    '资金使用合规率',
    '资金使用合规率',
  ])
  expect(String(backRows.getCell(3, 6).value)).toContain('日期：')
  expect(backRows.getCell(5, 1).value).toBeNull()

  await page.getByRole('button', { name: '导入无误的 197 行' }).click()
  await expect(page.getByTestId('sheet-import-done')).toContainText('已导入 197 行，跳过 0 行。')
  await page.getByRole('button', { name: '完成' }).click()

  // The same file again: every good row was imported before; nothing to import.
  await choose(page, '台账.xlsx', filled)
  await expect(page.getByTestId('sheet-import-imported')).toHaveText('其中 197 行之前已经导入过，将跳过。')
  await expect(page.getByRole('button', { name: '导入无误的 0 行' })).toBeDisabled()
})
