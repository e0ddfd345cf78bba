import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const sample = () => JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as Json

/** 阿图什市总工会's file: its own sheet under the prefecture, plus a different name for one prefecture indicator. */
function countyFile(): Buffer {
  const pkg = sample()
  const prefectureSheet = pkg.sheets[0]
  const own = JSON.parse(JSON.stringify(prefectureSheet)) as Json
  own.id = 'atush-2025-dept'
  own.unitId = 'atush'
  own.name = '阿图什市总工会部门整体绩效目标'
  own.indicators = own.indicators.map((i: Json) => ({ ...i, id: `atush-${i.id}` }))
  prefectureSheet.indicators[0].name = `${prefectureSheet.indicators[0].name}（县里的叫法）`
  pkg.units.push({ id: 'atush', name: '阿图什市总工会', parentId: pkg.units[0].id })
  pkg.sheets = [prefectureSheet, own]
  pkg.progress = [
    {
      id: 'atush-e1',
      indicatorId: own.indicators[0].id,
      date: '2025-03-01',
      value: '2',
      note: '县工会运动会',
    },
  ]
  return Buffer.from(JSON.stringify(pkg))
}

/** Element Plus selects open from the keyboard (their label span takes the pointer). */
async function openSelect(page: Page, name: string) {
  await page.getByRole('combobox', { name }).focus()
  await page.keyboard.press('Enter')
}

async function pick(page: Page, name: string, buffer: Buffer, label = '选择交换文件…') {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'application/json', buffer })
}

test('a county union’s file: summary first, the conflict settled, then merged into the hierarchy', async ({
  page,
}) => {
  await page.goto('/#/data')
  await pick(page, 'atush-2025.json', countyFile())
  const preview = page.getByRole('region', { name: '导入预览' })
  const summary = preview.getByTestId('import-summary')
  // Added / identical / conflict per kind. Units: 阿图什 new, the prefecture identical.
  await expect(summary.locator('[data-list="units"]')).toContainText(/单位\s*1\s*1\s*0/)
  // Sheets: the county's is new, the prefecture's department sheet identical. Indicators: the county's 6
  // new; of the prefecture's 6, 5 identical and 1 renamed (the conflict).
  await expect(summary.locator('[data-list="sheets"]')).toContainText(/目标表\s*1\s*1\s*0/)
  await expect(summary.locator('[data-list="indicators"]')).toContainText(/指标\s*6\s*5\s*1/)
  await expect(preview.getByTestId('new-units')).toContainText(
    '阿图什市总工会（隶属 克孜勒苏柯尔克孜自治州总工会）',
  )
  const run = preview.getByRole('button', { name: '确认导入' })
  await expect(run).toBeDisabled()
  await expect(preview).toContainText('还有 1 条冲突未选择处理方式')
  await expect(preview).toContainText('（县里的叫法）')
  await preview
    .getByRole('radiogroup', { name: /的处理方式/ })
    .getByText('保留我的')
    .click()
  await run.click()
  // Added 1 unit + 1 sheet + 6 indicators + 1 progress entry = 9; identical 1 + 1 + 5 = 7; kept 1.
  await expect(
    page.getByText('导入完成：新增 9 条，采用对方 0 条，保留本机 1 条，相同跳过 7 条。'),
  ).toBeVisible()

  // The new unit is in the unit list, and the prefecture keeps its own wording.
  await openSelect(page, '单位')
  await expect(page.getByRole('option', { name: '阿图什市总工会' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.goto('/#/targets')
  await expect(page.getByText('（县里的叫法）')).toHaveCount(0)
})

test('a bad file gets one message at the field and nothing is written', async ({ page }) => {
  await page.goto('/#/data')
  await pick(
    page,
    'half.json',
    Buffer.from(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8').slice(0, 3000)),
  )
  const error = page.getByTestId('import-error')
  await expect(error).toContainText('不是有效的 JSON')
  await expect(error).toContainText('内容意外结束')
  await expect(page.getByRole('region', { name: '导入预览' })).toHaveCount(0)
  // The same message in English when the interface is English.
  await openSelect(page, '语言')
  await page.getByRole('option', { name: 'English' }).click()
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
  await pick(page, 'photo.json', png, 'Choose an exchange file…')
  await expect(page.getByTestId('import-error')).toContainText(
    'This is a PNG image, not an exchange file (.json).',
  )
})

test('markup in every text field stays text everywhere: nothing runs, nothing renders as HTML', async ({
  page,
}) => {
  const pkg = sample()
  const evil = '<img src=x onerror="window.__pwned=1"><b>粗体</b>'
  pkg.units[0].name = `${evil}州总工会`
  for (const s of pkg.sheets) {
    s.id = `x-${s.id}`
    s.name = `${evil}${s.name}`
    s.owner = evil
    s.goals = s.goals.map((g: string) => `${evil}${g}`)
    for (const i of s.indicators) {
      i.id = `x-${i.id}`
      i.name = `${evil}${i.name}`
      i.level2 = `=HYPERLINK("http://example.invalid")`
    }
  }
  pkg.units[0].id = 'x-unit'
  for (const s of pkg.sheets) s.unitId = 'x-unit'
  await page.goto('/#/data')
  await pick(page, 'evil.json', Buffer.from(JSON.stringify(pkg)))
  const preview = page.getByRole('region', { name: '导入预览' })
  await expect(preview).toContainText('处文字像网页代码或表格公式')
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByText(/导入完成/)).toBeVisible()
  await openSelect(page, '单位')
  await page
    .getByRole('option', { name: /州总工会/ })
    .filter({ hasText: '<img' })
    .click()
  for (const route of ['/#/targets', '/#/entry', '/#/monitor', '/#/assessment', '/#/']) {
    await page.goto(route)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"], main b').count()).toBe(0)
  }
  await page.goto('/#/targets')
  await expect(page.getByText('<b>粗体</b>', { exact: false }).first()).toBeVisible()
})

test('a file adding many units names the first twelve and counts them all', async ({ page }) => {
  const pkg = sample()
  const parentId = pkg.units[0].id
  // 15 county unions under the prefecture, no sheets of their own.
  for (let i = 1; i <= 15; i++) pkg.units.push({ id: `county-${i}`, name: `第${i}县总工会`, parentId })
  await page.goto('/#/data')
  await pick(page, 'counties.json', Buffer.from(JSON.stringify(pkg)))
  const units = page.getByRole('region', { name: '导入预览' }).getByTestId('new-units')
  await expect(units).toContainText('第12县总工会（隶属 克孜勒苏柯尔克孜自治州总工会）')
  await expect(units).not.toContainText('第13县总工会')
  await expect(units).toContainText('等共 15 个单位')
})
