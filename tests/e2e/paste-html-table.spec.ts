import { expect, test } from '@playwright/test'

test.beforeEach(async ({ page }) => {
  await page.addLocatorHandler(page.getByRole('button', { name: '知道了' }), (button) => button.click())
})

/** A table as a web page or Word puts it on the clipboard: merged level cells, no title. */
const HTML = `<table>
<tr><td>项目名称</td><td colspan="4">乡村学校少年宫（2024年）</td></tr>
<tr><td>年度资金总额</td><td colspan="4">30 万元</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>分值</th></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>建成少年宫数</td><td>≥10所</td><td>50</td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>═100%</td><td>30</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学生满意度</td><td>合规</td><td>10</td></tr>
</table>`

test('pasting an HTML table reads its cells, not the flattened text', async ({ page }) => {
  await page.goto('/#/targets')
  await page.getByRole('button', { name: '粘贴公开表格' }).click()
  const area = page.getByLabel('粘贴的表格文字')
  await area.focus()
  await area.evaluate((el, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', '产出指标 数量指标 建成少年宫数')
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, HTML)
  await expect(page.getByRole('status').filter({ hasText: '剪贴板' })).toContainText(
    '网页或 Word 表格（1 张）',
  )
  await expect(page.getByRole('status').filter({ hasText: '读出 1 张表' })).toHaveText(
    '读出 1 张表，共 3 项指标。',
  )
  const draft = page.locator('[data-draft="0"]')
  await expect(draft.getByLabel('名称', { exact: true })).toHaveValue('乡村学校少年宫（2024年）')
  await expect(draft.getByLabel('第 1 行 三级指标')).toHaveValue('建成少年宫数')
  await expect(draft.getByLabel('第 2 行 一级指标')).toHaveValue('产出指标')
  await expect(draft.getByLabel('第 2 行 三级指标')).toHaveValue('验收合格率')
  await expect(draft.getByLabel('第 3 行 三级指标')).toHaveValue('学生满意度')
})
