import { expect, test, type Page } from '@playwright/test'

// Screenshots for the closing note, with some data in place: SHOTS=1 to write them.
test.use({ viewport: { width: 1440, height: 1000 } })

async function log(page: Page, typed: string, date: string, value: string, note: string) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.keyboard.press('Enter')
  await page.getByLabel('日期').fill(date)
  await page.getByLabel('数值').fill(value)
  await page.getByLabel('备注').fill(note)
}

test('desktop screenshots of the 填报 page', async ({ page }) => {
  await page.goto('/#/targets')
  await expect(page.getByRole('heading', { name: '部门整体绩效目标表' })).toBeVisible()
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 480, height: 320 } })
  await page.goto('/#/entry')
  await log(page, '文体', '2025-03-08', '1', '三八妇女节职工趣味运动会')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-total')).toHaveText('1')
  await log(page, '文体', '2025-05-01', '1', '五一职工篮球赛')
  await page.locator('#entry-files').setInputFiles([
    { name: '篮球赛现场.png', mimeType: 'image/png', buffer: photo },
    { name: '签到表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%签到表\n') },
  ])
  await expect(page.getByRole('img', { name: '篮球赛现场.png' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshots/entry-quick-desktop.png' })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-total')).toHaveText('2')
  await page.screenshot({ path: 'docs/screenshots/entry-saved-desktop.png' })

  await page.getByRole('tab', { name: '批量录入' }).click()
  await page
    .getByLabel('粘贴的表格行')
    .fill(
      [
        '2025-06-18\t开展劳动和技能竞赛\t1\t职工技能大赛（焊工）',
        '2025-06-25\t开展劳模工匠“进校园、助企行”活动\t2\t进校园 2 所',
        '2025/7/3\t在基层工会开展“安康杯”竞赛\t1\t',
        '2025-07-10\t资金使用合规率\t100\t半年检查',
      ].join('\n'),
    )
  await page.getByRole('button', { name: '预览' }).click()
  await page.getByRole('button', { name: /全部保存/ }).click()
  await expect(page.getByText('已保存 4 条记录')).toBeVisible()

  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-count')).toContainText('共 6 条')
  await page.waitForTimeout(400) // the tab underline slides
  await page.screenshot({ path: 'docs/screenshots/entry-history-desktop.png' })

  await page.getByRole('tab', { name: '预算执行' }).click()
  await page.getByLabel('日期').fill('2025-03-31')
  await page.getByLabel('金额（万元）').fill('102.95')
  await page.getByLabel('备注').fill('一季度人员经费')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByTestId('budget-rate')).toHaveText('25.00%')
  await page.getByLabel('日期').fill('2025-06-30')
  await page.getByLabel('金额（万元）').fill('98.40')
  await page.getByLabel('备注').fill('二季度人员经费')
  await page.getByRole('button', { name: '保存支出' }).click()
  // (102.95 + 98.40) / 411.81 × 100 = 201.35 / 411.81 × 100 = 48.89 %
  await expect(page.getByTestId('budget-rate')).toHaveText('48.89%')
  await page.screenshot({ path: 'docs/screenshots/entry-spending-desktop.png' })
})
