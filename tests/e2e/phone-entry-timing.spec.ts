import { expect, test, type Locator, type Page } from '@playwright/test'

// Figure for issue 19's "Done when": the time and the number of taps for one entry with a photo on
// a 375×667 phone. A tap on something outside the screen counts one swipe first (a person has to
// scroll to it); typing is counted apart from taps.
test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })

function gestures(page: Page) {
  const counts = { taps: 0, swipes: 0 }
  async function tap(target: Locator) {
    await target.waitFor()
    const box = await target.boundingBox()
    const height = page.viewportSize()!.height
    if (!box || box.y < 0 || box.y + box.height > height) counts.swipes++
    await target.tap()
    counts.taps++
  }
  return { counts, tap }
}

test('one phone entry with a photo: time and taps', async ({ page }) => {
  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await expect(picker).toBeVisible()
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 375, height: 300 } })
  const { counts, tap } = gestures(page)
  const start = performance.now()

  await tap(picker)
  await page.keyboard.type('观摩')
  await tap(page.getByRole('option', { name: /开展集体协商观摩/ }))
  await tap(page.getByLabel('数值'))
  await page.keyboard.type('1')
  const chooser = page.waitForEvent('filechooser')
  await tap(page.getByRole('button', { name: '拍照' }))
  await (await chooser).setFiles({ name: 'IMG_0912.png', mimeType: 'image/png', buffer: photo })
  await expect(page.getByRole('img', { name: 'IMG_0912.png' })).toBeVisible()
  await tap(page.getByRole('button', { name: '保存', exact: true }))
  await expect(page.getByTestId('saved-total')).toHaveText('1')

  const ms = Math.round(performance.now() - start)
  console.log(
    `FIGURE phone entry with a photo: ${ms} ms, ${counts.taps} taps, ${counts.swipes} swipes, 2 characters + 1 digit typed`,
  )
  expect(counts.taps).toBe(5)
  // Everything tapped was on the screen: no scrolling to 拍照 or 保存 (two swipes before).
  expect(counts.swipes).toBe(0)
})
