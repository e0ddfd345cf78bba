// Evidence travels: a photo logged on a phone-sized device opens on the desktop of the same unit,
// its bytes fetched from the server the first time and kept.
import { expect, test } from '@playwright/test'
import { device, logEntry, needsServer, openHistory, signIn } from './sync-fixtures'

needsServer()

test('an evidence photo logged on a phone opens on the desktop', async ({ browser }) => {
  const desktop = await device(browser)
  expect(await signIn(desktop, 'fed-admin')).toBe('将上传 15 条记录')
  const phone = await device(browser, {
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  })
  await signIn(phone, 'fed-entry')

  const photo = await phone.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } })
  await logEntry(phone, {
    typed: '观摩',
    indicator: /开展集体协商观摩/,
    date: '2025-09-12',
    value: '1',
    note: '观摩现场',
    beforeSave: async (page) => {
      await page
        .locator('#entry-files')
        .setInputFiles({ name: '观摩现场.png', mimeType: 'image/png', buffer: photo })
      await expect(page.getByRole('img', { name: '观摩现场.png' })).toBeVisible()
    },
  })

  await openHistory(desktop)
  const row = desktop.getByRole('row', { name: /观摩现场/ })
  await expect(row).toBeVisible({ timeout: 10_000 })
  await row.getByRole('button', { name: '佐证资料 1 个' }).click()
  const dialog = desktop.getByRole('dialog', { name: /修改记录/ })
  await dialog.getByRole('button', { name: '预览 观摩现场.png' }).first().click()
  const preview = desktop.getByRole('dialog', { name: '观摩现场.png' })
  const img = preview.getByRole('img', { name: '观摩现场.png' })
  await expect(img).toBeVisible()
  // The photo itself, not a placeholder: 320 px wide as taken.
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(320)
  // Kept on the desktop: it is in its own attachment store now.
  const kept = await desktop.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('perf-ledger')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('attachmentBlobs').objectStore('attachmentBlobs').count()
          req.onsuccess = () => resolve(req.result)
        }
      }),
  )
  expect(kept).toBe(1)
})
