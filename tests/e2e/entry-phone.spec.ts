import { expect, test } from '@playwright/test'

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true })

test('on a 375 px phone: the menu is a drawer, nothing scrolls sideways, and an entry with a photo can be logged', async ({
  page,
}) => {
  await page.goto('/#/')
  await page.getByRole('button', { name: '主导航' }).click()
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '填报' }).click()
  await expect(page.getByRole('heading', { name: '填报' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '填报' })).toBeHidden()

  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(await overflow()).toBeLessThanOrEqual(0)

  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('观摩')
  await page.getByRole('option', { name: /开展集体协商观摩/ }).click()
  await page.getByLabel('日期').fill('2025-09-12')
  await page.getByLabel('数值').fill('1')
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 375, height: 300 } })
  // 拍照 opens the camera on a phone: a file input with capture=environment.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '拍照' }).click()
  await (await chooser).setFiles({ name: 'IMG_0912.png', mimeType: 'image/png', buffer: photo })
  await expect(page.getByRole('img', { name: 'IMG_0912.png' })).toBeVisible()
  expect(await overflow()).toBeLessThanOrEqual(0)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-total')).toHaveText('1')
  expect(await overflow()).toBeLessThanOrEqual(0)
  if (process.env.SHOTS) await page.screenshot({ path: 'docs/screenshots/entry-phone.png' })

  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-count')).toHaveText('共 1 条（全年 1 条）')
  expect(await overflow()).toBeLessThanOrEqual(0)
  if (process.env.SHOTS) await page.screenshot({ path: 'docs/screenshots/entry-phone-history.png' })
})
