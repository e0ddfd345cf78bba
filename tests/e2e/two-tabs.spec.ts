import { expect, test, type Page } from '@playwright/test'

async function chooseIndicator(page: Page, typed: string, name: RegExp) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name }).click()
}

/** Logs entries one after another in one tab, through the 填报 form. */
async function logEntries(page: Page, notes: string[]) {
  await chooseIndicator(page, '文体', /开展职工文体活动/)
  for (const [k, note] of notes.entries()) {
    await page.getByLabel('日期').fill(`2025-06-${String(10 + k).padStart(2, '0')}`)
    await page.getByLabel('数值').fill('1')
    await page.getByLabel('备注').fill(note)
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect(page.getByLabel('数值')).toHaveValue('')
  }
}

test('two tabs logging at the same time lose nothing, and each shows the other’s entries', async ({
  context,
}) => {
  const a = await context.newPage()
  await a.goto('/#/entry')
  await expect(a.getByRole('combobox', { name: '指标' })).toBeVisible()
  const b = await context.newPage()
  await b.goto('/#/entry')
  await expect(b.getByRole('combobox', { name: '指标' })).toBeVisible()

  const notesA = ['甲标签页第1条', '甲标签页第2条', '甲标签页第3条', '甲标签页第4条']
  const notesB = ['乙标签页第1条', '乙标签页第2条', '乙标签页第3条', '乙标签页第4条']
  await Promise.all([logEntries(a, notesA), logEntries(b, notesB)])

  // Without a reload: each tab's history follows the database live.
  for (const page of [a, b]) {
    await page.getByRole('tab', { name: '历史记录' }).click()
    for (const note of [...notesA, ...notesB])
      await expect(page.getByRole('row', { name: new RegExp(note) })).toHaveCount(1)
  }
  // And after a reload all 4 + 4 = 8 are still there, each once.
  await a.reload()
  await a.getByRole('tab', { name: '历史记录' }).click()
  await expect(a.getByRole('row', { name: /标签页第/ })).toHaveCount(8)
})
