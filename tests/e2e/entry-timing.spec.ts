import { expect, test } from '@playwright/test'

// Figures for the "Done when": how long logging one entry with a photo takes, and how
// the history behaves with 10,000 entries. Timings are printed (FIGURE lines) and bounded loosely.

test('log one entry with a photo by keyboard and mouse, steps timed', async ({ page }) => {
  await page.goto('/#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await expect(picker).toBeVisible()
  const photoBytes = await page.screenshot({ clip: { x: 0, y: 0, width: 640, height: 480 }, type: 'jpeg' })

  const steps: [string, number][] = []
  let last = performance.now()
  const mark = (name: string) => {
    const now = performance.now()
    steps.push([name, Math.round(now - last)])
    last = now
  }
  const start = last

  // Mouse: open the picker; keyboard: type part of the name, Enter takes the first match.
  await picker.click()
  await page.keyboard.type('文体')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('indicator-about')).toContainText('目标')
  mark('指标 (click, type 2 characters, Enter)')

  await page.getByLabel('日期').fill('2025-03-08')
  mark('日期 (fill)')

  await page.getByLabel('数值').click()
  await page.keyboard.type('1')
  mark('数值 (click, type 1)')

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '选择文件' }).click()
  await (await chooser).setFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: photoBytes })
  await expect(page.getByRole('img', { name: '现场照片.jpg' })).toBeVisible()
  mark('照片 (click 选择文件, pick the file; checked by content, thumbnail shown)')

  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-total')).toHaveText('1')
  mark('保存 (click; entry + photo + audit in one transaction; engine total and light shown)')

  const total = Math.round(performance.now() - start)
  for (const [name, ms] of steps) console.log(`FIGURE step ${ms} ms · ${name}`)
  console.log(`FIGURE total ${total} ms of app time for one entry with a ${photoBytes.length}-byte photo`)
  expect(total).toBeLessThan(10_000)
})

test('history stays smooth with 10,000 entries', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/#/entry?tab=bulk')
  const names = [
    '开展职工文体活动',
    '开展劳动和技能竞赛',
    '开展集体协商观摩',
    '加大全州在职职工医疗互助保障参与率',
  ]
  const lines: string[] = []
  for (let i = 0; i < 10_000; i++) {
    const month = String((i % 12) + 1).padStart(2, '0')
    const day = String((i % 28) + 1).padStart(2, '0')
    lines.push(`2025-${month}-${day}\t${names[i % names.length]}\t1\t第 ${i + 1} 条`)
  }
  let t0 = performance.now()
  // What a paste does: the text lands in the box and an input event follows (locator.fill is very slow with 400 KB).
  await page.getByLabel('粘贴的表格行').evaluate((el: HTMLTextAreaElement, text: string) => {
    el.value = text
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }, lines.join('\n'))
  await page.getByRole('button', { name: '预览' }).click()
  await expect(page.getByText('共 10000 行，全部无误。')).toBeVisible()
  console.log(`FIGURE bulk preview of 10,000 pasted rows: ${Math.round(performance.now() - t0)} ms`)

  t0 = performance.now()
  await page.getByRole('button', { name: '全部保存（10000 行）' }).click()
  await expect(page.getByText('已保存 10000 条记录')).toBeVisible({ timeout: 120_000 })
  console.log(`FIGURE saving 10,000 rows in one transaction: ${Math.round(performance.now() - t0)} ms`)

  t0 = performance.now()
  await page.getByRole('tab', { name: '历史记录' }).click()
  await expect(page.getByTestId('history-count')).toHaveText('共 10000 条（全年 10000 条）')
  await expect(page.locator('.history .el-table__body tr')).toHaveCount(20)
  const open = Math.round(performance.now() - t0)

  t0 = performance.now()
  await page.getByRole('combobox', { name: '指标' }).click()
  await page.getByRole('option', { name: '开展集体协商观摩（次）' }).click()
  await expect(page.getByTestId('history-count')).toHaveText('共 2500 条（全年 10000 条）')
  const filter = Math.round(performance.now() - t0)

  t0 = performance.now()
  await page.getByRole('button', { name: /下一页|next/i }).click()
  await expect(page.locator('.history .el-table__body tr').first()).toBeVisible()
  const nextPage = Math.round(performance.now() - t0)
  console.log(
    `FIGURE history with 10,000 entries: open ${open} ms, filter by indicator ${filter} ms, next page ${nextPage} ms`,
  )
  expect(filter).toBeLessThan(3000)
})
