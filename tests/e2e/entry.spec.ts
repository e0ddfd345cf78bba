import { expect, test, type Page } from '@playwright/test'

/** A real PNG photo: a screenshot of part of the page itself. */
async function photo(page: Page): Promise<Buffer> {
  return page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } })
}

async function chooseIndicator(page: Page, typed: string, name: RegExp) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name }).click()
}

test('log an activity with a photo: the total and light change, survive a reload, and the photo opens', async ({
  page,
}) => {
  await page.goto('/#/entry')
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  const about = page.getByTestId('indicator-about')
  // Nothing logged yet: 0 of ≥4 by the year end is red.
  await expect(about).toContainText('当前累计 0次')
  await expect(about).toContainText('严重滞后')
  await expect(page.getByTestId('measure-hint')).toContainText('累计型')

  await page.getByLabel('日期').fill('2025-03-08')
  await page.getByLabel('数值').fill('4')
  await page.getByLabel('备注').fill('三八妇女节职工趣味运动会')
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '运动会.png', mimeType: 'image/png', buffer: await photo(page) })
  await expect(page.getByRole('img', { name: '运动会.png' })).toBeVisible()
  await page.getByRole('button', { name: '保存', exact: true }).click()

  await expect(page.getByText('已保存').first()).toBeVisible()
  const result = page.getByTestId('saved-result')
  // 0 + 4 = 4 of a target of 4 at time progress 12/12: v = 100 → green (正常).
  await expect(result.getByTestId('saved-total')).toHaveText('4')
  await expect(result).toContainText('正常')
  await expect(about).toContainText('当前累计 4次')
  // The form is ready for the next entry: value and note cleared, indicator and date kept.
  await expect(page.getByLabel('数值')).toHaveValue('')
  await expect(page.getByLabel('日期')).toHaveValue('2025-03-08')

  await page.reload()
  await page.getByRole('tab', { name: '历史记录' }).click()
  const row = page.getByRole('row', { name: /开展职工文体活动/ })
  await expect(row).toContainText('2025-03-08')
  await expect(row).toContainText('三八妇女节职工趣味运动会')
  await row.getByRole('button', { name: '佐证资料 1 个' }).click()
  const dialog = page.getByRole('dialog', { name: /修改记录/ })
  await dialog.getByRole('button', { name: '预览 运动会.png' }).first().click()
  const preview = page.getByRole('dialog', { name: '运动会.png' })
  const img = preview.getByRole('img', { name: '运动会.png' })
  await expect(img).toBeVisible()
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(320)
  const download = page.waitForEvent('download')
  await preview.getByRole('button', { name: '下载' }).click()
  expect((await download).suggestedFilename()).toBe('运动会.png')
})

test('a wrong value is refused at the field and what was typed stays', async ({ page }) => {
  await page.goto('/#/entry')
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  await page.getByLabel('日期').fill('2025-05-01')
  const value = page.getByLabel('数值')
  await value.fill('-2')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('数值不能为负数。')).toBeVisible()
  await expect(value).toHaveValue('-2')

  await value.fill('两次')
  await value.press('Enter')
  await expect(page.getByText('请填写数字（如 3 或 12.5）。')).toBeVisible()
  await expect(value).toHaveValue('两次')

  await chooseIndicator(page, '合规', /资金使用合规率/)
  await value.fill('120')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('比率不能超过 100%。')).toBeVisible()
  await expect(value).toHaveValue('120')

  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-count')).toHaveText('共 0 条（全年 0 条）')
})

test('delete and restore an entry; both show in its audit history', async ({ page }) => {
  await page.goto('/#/entry')
  await chooseIndicator(page, '安康杯', /安康杯/)
  await page.getByLabel('日期').fill('2025-04-20')
  await page.getByLabel('数值').fill('1')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-total')).toHaveText('1')

  await page.getByRole('tab', { name: '历史记录' }).click()
  const row = page.getByRole('row', { name: /安康杯/ })
  await row.getByRole('button', { name: '删除' }).click()
  const prompt = page.getByRole('dialog', { name: '删除' })
  await prompt.getByRole('textbox').fill('日期录错')
  await prompt.getByRole('button', { name: /OK|确定/ }).click()
  await expect(page.getByText('已删除，可在回收站恢复')).toBeVisible()
  await expect(page.getByTestId('history-count')).toHaveText('共 0 条（全年 0 条）')

  await page.getByRole('tab', { name: /回收站/ }).click()
  const binRow = page.getByRole('row', { name: /安康杯/ })
  await binRow.getByRole('button', { name: '恢复' }).click()
  await expect(page.getByText(/已恢复/)).toBeVisible()
  await expect(page.getByText('回收站是空的')).toBeVisible()

  await page.getByRole('tab', { name: '历史记录' }).click()
  await page
    .getByRole('row', { name: /安康杯/ })
    .getByRole('button', { name: '记录' })
    .click()
  const audit = page.getByRole('dialog', { name: /操作记录/ })
  await expect(audit.getByTestId('audit-row')).toHaveCount(3)
  await expect(audit.getByTestId('audit-row').nth(0)).toContainText('恢复')
  await expect(audit.getByTestId('audit-row').nth(1)).toContainText('删除')
  await expect(audit).toContainText('原因：日期录错')
  await expect(audit.getByTestId('audit-row').nth(2)).toContainText('新增')
})

test('an edit is audited with before and after', async ({ page }) => {
  await page.goto('/#/entry')
  await chooseIndicator(page, '技能', /劳动和技能竞赛/)
  await page.getByLabel('日期').fill('2025-06-01')
  await page.getByLabel('数值').fill('1')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-total')).toHaveText('1')
  await page.getByRole('tab', { name: '历史记录' }).click()
  await page
    .getByRole('row', { name: /劳动和技能竞赛/ })
    .getByRole('button', { name: '修改' })
    .click()
  const dialog = page.getByRole('dialog', { name: /修改记录/ })
  await dialog.getByLabel('数值').fill('2')
  await dialog.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByRole('row', { name: /劳动和技能竞赛/ })).toContainText('2 次')
  await page
    .getByRole('row', { name: /劳动和技能竞赛/ })
    .getByRole('button', { name: '记录' })
    .click()
  const audit = page.getByRole('dialog', { name: /操作记录/ })
  await expect(audit.getByTestId('audit-row').first()).toContainText('修改')
  await expect(audit).toContainText('数值：1 → 2')
})

test('a file over the size limit, or not really an image, is refused and nothing is attached', async ({
  page,
}) => {
  await page.goto('/#/entry')
  await expect(page.getByText(/每个文件不超过 10 MB/)).toBeVisible()
  const big = Buffer.alloc(10 * 1024 * 1024 + 1)
  big.set([0xff, 0xd8, 0xff, 0xe0])
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '大照片.jpg', mimeType: 'image/jpeg', buffer: big })
  await expect(page.getByText('“大照片.jpg”超过每个文件 10 MB 的上限，未添加。')).toBeVisible()
  await page.locator('#entry-files').setInputFiles({
    name: '病毒.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('MZ\x90\x00 not an image'),
  })
  await expect(page.getByText(/“病毒.jpg”不是图片、PDF、Word 或 Excel 文件/)).toBeVisible()
  await expect(page.getByRole('list', { name: '待保存的文件' })).toHaveCount(0)

  // The limit is a setting an administrator may change; it is stated and applied at once.
  await page.getByRole('button', { name: '修改文件大小上限' }).click()
  await page.getByRole('dialog').getByRole('textbox').fill('1')
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /OK|确定/ })
    .click()
  await expect(page.getByText(/每个文件不超过 1 MB/)).toBeVisible()
  const twoMb = Buffer.alloc(2 * 1024 * 1024)
  twoMb.set([0x25, 0x50, 0x44, 0x46, 0x2d]) // %PDF-
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '会议纪要.pdf', mimeType: 'application/pdf', buffer: twoMb })
  await expect(page.getByText('“会议纪要.pdf”超过每个文件 1 MB 的上限，未添加。')).toBeVisible()
})

test('spending: amount in 万元 moves the 执行率; a seventh decimal (below the fen) is refused', async ({ page }) => {
  await page.goto('/#/entry?tab=spending')
  await page.getByRole('combobox', { name: '目标表' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '2025年预算工会经费' }).click()
  await expect(page.getByTestId('budget-rate')).toHaveText('0.00%')
  await page.getByLabel('日期').fill('2025-06-30')
  const amount = page.getByLabel('金额（万元）')
  await amount.fill('37.2451234')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByText('最多 6 位小数。')).toBeVisible()
  await expect(amount).toHaveValue('37.2451234')
  await amount.fill('37.24')
  await page.getByLabel('备注').fill('上缴自治区总工会')
  await page.getByRole('button', { name: '保存支出' }).click()
  // 37.24 / 100.00 × 100 = 37.24 %
  await expect(page.getByTestId('budget-rate')).toHaveText('37.24%')
  await expect(page.getByRole('row', { name: /上缴自治区总工会/ })).toContainText('37.24% / 50.00%')
})

test('bulk entry: a bad row blocks all; fixed rows are saved together', async ({ page }) => {
  await page.goto('/#/entry?tab=bulk')
  const box = page.getByLabel('粘贴的表格行')
  await box.fill(
    [
      '日期\t指标\t数值\t备注',
      '2025/3/8\t开展职工文体活动\t1\t趣味运动会',
      '2025-03-20\t开展集体协商观摩\t-1\t',
    ].join('\n'),
  )
  await page.getByRole('button', { name: '预览' }).click()
  await expect(page.getByText('共 2 行，其中 1 行有问题')).toBeVisible()
  await expect(page.getByRole('row', { name: /开展集体协商观摩/ })).toContainText('数值不能为负数。')
  await expect(page.getByRole('button', { name: /全部保存/ })).toBeDisabled()
  await box.fill(
    ['2025/3/8\t开展职工文体活动\t1\t趣味运动会', '2025-03-20\t开展集体协商观摩\t1\t'].join('\n'),
  )
  await page.getByRole('button', { name: '预览' }).click()
  await page.getByRole('button', { name: '全部保存（2 行）' }).click()
  await expect(page.getByText('已保存 2 条记录')).toBeVisible()
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-count')).toHaveText('共 2 条（全年 2 条）')
})

test('a leader may look but not log', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByLabel('姓名').fill('李局长')
  await page.getByRole('combobox', { name: '角色' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '领导' }).click()
  await page.getByRole('button', { name: '添加用户' }).click()
  await page.getByRole('button', { name: /当前用户/ }).click()
  await page.getByRole('menuitem', { name: /李局长/ }).click()
  await page.goto('/#/entry')
  await expect(page.getByText('当前身份（领导）只能查看，不能填报或修改。')).toBeVisible()
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled()
})

test('a full disk gives a clear message and saves neither the entry nor its photo', async ({ page }) => {
  await page.goto('/#/entry')
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  await page.getByLabel('日期').fill('2025-03-08')
  await page.getByLabel('数值').fill('1')
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '照片.png', mimeType: 'image/png', buffer: await photo(page) })
  // The browser refuses the Blob as it would on a full disk.
  await page.evaluate(() => {
    const add = IDBObjectStore.prototype.add
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'attachmentBlobs')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return add.apply(this, args)
    }
  })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText(/设备存储空间已满，本次内容（记录和附件）均未保存/)).toBeVisible()
  await expect(page.getByLabel('数值')).toHaveValue('1')
  await expect(page.getByRole('img', { name: '照片.png' })).toBeVisible()
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-count')).toHaveText('共 0 条（全年 0 条）')
})
