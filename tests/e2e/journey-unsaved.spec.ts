import { expect, test, type Page } from '@playwright/test'

// Long journeys on a loaded machine.
test.describe.configure({ timeout: 120_000 })

// Issue 19, item 1: a half-filled entry (indicator, value, note, photo) is kept through a sub-tab
// switch, leaving by the menu and pressing Back, and (without its photo, saying so) a closed page.

async function photo(page: Page): Promise<Buffer> {
  return page.screenshot({ clip: { x: 0, y: 0, width: 160, height: 100 } })
}

async function halfFill(page: Page) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('文体')
  await page.getByRole('option', { name: /开展职工文体活动/ }).click()
  await page.getByLabel('日期').fill('2025-04-20')
  await page.getByLabel('数值').fill('2')
  await page.getByLabel('备注').fill('春季登山活动')
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '登山.png', mimeType: 'image/png', buffer: await photo(page) })
  await expect(page.getByRole('img', { name: '登山.png' })).toBeVisible()
}

async function expectKept(page: Page, withPhoto: boolean) {
  await expect(page.getByTestId('draft-restored')).toContainText('已恢复未保存的草稿')
  await expect(page.getByTestId('indicator-about')).toBeVisible()
  await expect(page.getByLabel('日期')).toHaveValue('2025-04-20')
  await expect(page.getByLabel('数值')).toHaveValue('2')
  await expect(page.getByLabel('备注')).toHaveValue('春季登山活动')
  if (withPhoto) await expect(page.getByRole('img', { name: '登山.png' })).toBeVisible()
}

test('a half-filled entry survives 历史记录 and back, the menu and Back, and a reload', async ({ page }) => {
  await page.goto('/#/entry')
  await halfFill(page)

  // A sub-tab and back: everything is there, the photo too.
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByRole('tab', { name: '历史记录' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('tab', { name: '填报进度' }).click()
  await expectKept(page, true)

  // Leaving by the menu asks; keeping the draft and pressing Back brings it back.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click()
  const ask = page.getByRole('dialog', { name: '有未保存的内容' })
  await expect(ask).toBeVisible()
  // 留下 (the close button) stays on the page with everything as it was.
  await ask.getByRole('button', { name: /关闭|Close/ }).click()
  await expect(page).toHaveURL(/#\/entry/)
  await expect(page.getByLabel('数值')).toHaveValue('2')
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click()
  await ask.getByRole('button', { name: '保留草稿并离开' }).click()
  await expect(page).toHaveURL(/#\/$|#\/\?/)
  await page.goBack()
  await expect(page).toHaveURL(/#\/entry/)
  await expectKept(page, true)

  // A closed page: the browser asks (beforeunload); the draft comes back, its photo does not, and it says so.
  const asked: string[] = []
  page.on('dialog', (dialog) => {
    asked.push(dialog.type())
    void dialog.accept()
  })
  await page.reload()
  expect(asked).toEqual(['beforeunload'])
  await expectKept(page, false)
  await expect(page.getByTestId('draft-restored')).toContainText('1 个佐证文件未能保留')
  await expect(page.getByRole('img', { name: '登山.png' })).toHaveCount(0)

  // 放弃草稿 empties the form, and a reload finds nothing.
  await page.getByRole('button', { name: '放弃草稿' }).click()
  await expect(page.getByTestId('draft-restored')).toBeHidden()
  await expect(page.getByLabel('数值')).toHaveValue('')
  await expect(page.getByLabel('备注')).toHaveValue('')
  await page.reload()
  await expect(page.getByLabel('数值')).toBeVisible()
  await expect(page.getByTestId('draft-restored')).toHaveCount(0)
  expect(asked).toEqual(['beforeunload'])
})

test('discarding on the way out loses the entry, as asked; a saved entry leaves no draft', async ({
  page,
}) => {
  await page.goto('/#/entry')
  await halfFill(page)
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click()
  await page
    .getByRole('dialog', { name: '有未保存的内容' })
    .getByRole('button', { name: '放弃更改并离开' })
    .click()
  await expect(page).not.toHaveURL(/#\/entry/)
  await page.goBack()
  await expect(page.getByLabel('数值')).toHaveValue('')
  await expect(page.getByTestId('draft-restored')).toHaveCount(0)

  // The spending form keeps its draft per sheet the same way.
  await page.getByRole('tab', { name: '预算执行' }).click()
  await page.getByLabel('金额（万元）').fill('3.5')
  await page.getByRole('tab', { name: '回收站' }).click()
  await page.getByRole('tab', { name: '预算执行' }).click()
  await expect(page.getByTestId('draft-restored')).toBeVisible()
  await expect(page.getByLabel('金额（万元）')).toHaveValue('3.5')
  await page.getByLabel('日期').fill('2025-04-20')
  await page.getByRole('button', { name: '保存支出' }).click()
  await expect(page.getByText('支出已保存：3.50 万元').first()).toBeVisible()
  // Saved: nothing to ask about on the way out.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click()
  await expect(page).not.toHaveURL(/#\/entry/)
  await expect(page.getByRole('dialog', { name: '有未保存的内容' })).toHaveCount(0)
})
