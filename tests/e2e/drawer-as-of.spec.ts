// The indicator drawer read at an as-of date (issue 19, item 9): entries dated after it stay listed
// but greyed and marked, and the figures above them leave them out.
import { expect, test } from '@playwright/test'
import { importFile, sample } from './import-fixtures'

test('entries after the as-of date are marked in the drawer and not counted', async ({ page }) => {
  const pkg = sample()
  // 开展劳动和技能竞赛（次） (≥4 次): 1 on 10 April, 3 on 5 July.
  pkg.progress = [
    { id: 'd1', indicatorId: 'd-i3', date: '2025-04-10', value: '1', note: '春季竞赛' },
    { id: 'd2', indicatorId: 'd-i3', date: '2025-07-05', value: '3', note: '夏季竞赛' },
  ]
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/#/data')
  await importFile(page, 'drawer.json', pkg)
  await page.goto('/#/')
  const asOf = page.getByLabel('截至日期')
  await asOf.fill('2025-06-30')
  await asOf.press('Enter')
  await expect(page.getByTestId('time-progress')).toHaveText('序时进度 50.00%')

  await page
    .locator('.attention')
    .getByRole('button', { name: '开展劳动和技能竞赛（次）', exact: true })
    .click()
  const drawer = page.getByRole('dialog', { name: '开展劳动和技能竞赛（次）' })
  await expect(drawer).toBeVisible()
  // Counted at 30 June: the April entry only → 1 done, 4 × 6/12 = 2 due, 15 × 1/4 = 3.75.
  await expect(drawer.locator('.detail__figures')).toContainText('实际完成1应完成2得分3.75 / 15.00')
  const rows = drawer.locator('.el-table__body tbody tr')
  await expect(rows).toHaveCount(2)
  const later = rows.filter({ hasText: '2025-07-05' })
  await expect(later).toContainText('在截至日期之后')
  await expect(later).toHaveClass(/detail__later/)
  const counted = rows.filter({ hasText: '2025-04-10' })
  await expect(counted).not.toContainText('在截至日期之后')
  await expect(drawer.getByTestId('detail-later-note')).toHaveText(
    '1 条记录在截至日期 2025-06-30 之后（灰色），不计入上面的数字。',
  )
  // Greyed: the later row's cells have a grey background, the counted one's none.
  const bg = (row: typeof later) =>
    row
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td).backgroundColor)
  expect(await bg(later)).toBe('rgb(244, 244, 245)')
  expect(await bg(counted)).not.toBe('rgb(244, 244, 245)')
})
