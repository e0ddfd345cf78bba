import { expect, test, type Locator, type Page } from '@playwright/test'
import { PHONE, chooseIndicator, photo } from './phone-fixtures'

// Issue 19 item 6 on a 375 × 667 phone: every button and link is at least 44 × 44 px (row actions
// were 34 × 20, 佐证资料 90 × 20, 选择文件/拍照 32 px high), 删除 stands apart from its neighbours,
// 保存 is on the first screen, "佐证资料 1 个" opens the photo in one tap, the audit gives sizes with units.
test.use(PHONE)

/** The visible buttons, links and tabs of the page's content that are smaller than 44 × 44 px. */
async function smallTargets(page: Page, within: Locator = page.locator('#main')) {
  return within.evaluate((root) =>
    [...root.querySelectorAll('button, a[href], [role="tab"], [role="button"]')]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      })
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width < 44 - 0.5 || r.height < 44 - 0.5
      })
      .map((el) => {
        const r = el.getBoundingClientRect()
        return `${(el.textContent ?? '').trim() || el.getAttribute('aria-label')} ${Math.round(r.width)}×${Math.round(r.height)}`
      }),
  )
}

test('the entry form: 44 px targets and 保存 on the first screen', async ({ page }) => {
  await page.goto('/#/entry')
  await chooseIndicator(page)
  const bytes = await photo(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '选择文件' }).click()
  await (await chooser).setFiles({ name: 'IMG_0912.png', mimeType: 'image/png', buffer: bytes })
  await expect(page.getByRole('img', { name: 'IMG_0912.png' })).toBeVisible()
  await page.locator('#main').evaluate((el) => (el.scrollTop = 0))

  expect(await smallTargets(page)).toEqual([])
  const save = page.getByRole('button', { name: '保存', exact: true })
  const box = (await save.boundingBox())!
  expect(box.y + box.height, '保存 inside the first 667 px').toBeLessThanOrEqual(667)
  expect(box.y).toBeGreaterThanOrEqual(0)
})

test('the lists: 44 px row actions, 删除 apart, the photo in one tap, sizes with units', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('/#/entry')
  await chooseIndicator(page)
  await page.getByLabel('日期').fill('2025-09-12')
  await page.getByLabel('数值').fill('1')
  const bytes = await photo(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '拍照' }).click()
  await (await chooser).setFiles({ name: 'IMG_0912.png', mimeType: 'image/png', buffer: bytes })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-result')).toBeVisible()

  await page.getByRole('tab', { name: '历史记录' }).click()
  const files = page.getByRole('button', { name: '佐证资料 1 个' })
  await expect(files).toBeVisible()
  expect(await smallTargets(page)).toEqual([])

  // 删除 is at least 8 px from any other button of its row.
  const del = (await page.getByRole('button', { name: '删除', exact: true }).first().boundingBox())!
  const others = await page
    .getByRole('button', { name: /^(修改|记录|佐证资料 1 个)$/ })
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  for (const o of others) {
    const sameRow = o.top < del.y + del.height && o.bottom > del.y
    if (sameRow)
      expect(
        Math.min(Math.abs(del.x - o.right), Math.abs(o.left - (del.x + del.width))),
      ).toBeGreaterThanOrEqual(8)
  }

  // One tap from 佐证资料 1 个 to the photo itself.
  await files.tap()
  const preview = page.getByRole('dialog', { name: 'IMG_0912.png' })
  await expect(preview.getByRole('img', { name: 'IMG_0912.png' })).toBeVisible()
  expect(await smallTargets(page, preview)).toEqual([])
  await preview
    .getByRole('button', { name: /关闭|Close/ })
    .first()
    .click()
  const list = page.getByRole('dialog', { name: '佐证资料' })
  await expect(list).toBeVisible()
  expect(await smallTargets(page, list)).toEqual([])
  await list
    .getByRole('button', { name: /关闭|Close/ })
    .first()
    .click()

  // The audit gives the file's size with a unit, as the file list does ("1.2 KB", not "1234").
  await page.getByRole('button', { name: '记录', exact: true }).first().click()
  const audit = page.getByRole('dialog', { name: /操作记录/ })
  await expect(audit.getByText(/大小：\d+(\.\d)? (B|KB|MB)/)).toBeVisible()
})
