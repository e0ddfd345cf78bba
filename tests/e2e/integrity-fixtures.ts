// Set-up shared by the integrity-*.spec.ts browser tests (issue 15, cases 7–10): a year's entries
// for the built-in sheets as an exchange file the prefecture sent itself (`sentBy`),
// profiles made in 设置, the profile switch, and the goal outcomes typed on the form.
import { expect, type Page } from '@playwright/test'
import { sample, type Json } from './import-fixtures'

export const PREFECTURE_ID = 'kz-fed'

/**
 * The built-in file (the sheets as they are here, so they import as identical) with a year's rows
 * of the prefecture's own, sent by the prefecture itself (another of its devices).
 */
export function entriesFile(rows: { progress?: Json[]; judgements?: Json[]; deviations?: Json[] }): Json {
  return {
    ...sample(),
    sentBy: { unitId: PREFECTURE_ID, profileName: '管理员' },
    progress: rows.progress ?? [],
    spending: [],
    judgements: rows.judgements ?? [],
    overrides: [],
    notApplicable: [],
    deviations: rows.deviations ?? [],
  }
}

const entry = (id: string, indicatorId: string, value: string, date = '2025-12-20') => ({
  id,
  indicatorId,
  date,
  value,
  note: '年度汇总',
})

/** The project sheet's year, every target met: 15 + 15 + 10 + 10 + 10 + 18 + 10 = 88 of the indicators' 90. */
export const projectYear = () =>
  entriesFile({
    progress: [
      entry('t-p1', 'p1-i1', '1', '2025-03-15'),
      entry('t-p2', 'p1-i2', '100'),
      entry('t-p3', 'p1-i3', '100'),
      entry('t-p4', 'p1-i4', '50', '2025-06-30'),
      entry('t-p5', 'p1-i5', '50', '2025-06-30'),
      entry('t-p7', 'p1-i7', '96', '2025-12-15'),
    ],
    judgements: [{ indicatorId: 'p1-i6', tier: '达成', score: '18' }],
  })

export async function importEntries(page: Page, name: string, pkg: Json) {
  await page.goto('/#/data')
  await page
    .getByLabel('选择交换文件…')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pkg)) })
  const preview = page.getByRole('region', { name: '导入预览' })
  await expect(preview).toBeVisible()
  await expect(preview.getByTestId('import-held')).toHaveCount(0)
  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('import-result')).toBeVisible()
}

export async function switchProfile(page: Page, name: RegExp, pin?: string) {
  await page.getByRole('button', { name: /当前用户/ }).click()
  await page.getByRole('menuitem', { name }).click()
  if (pin !== undefined) {
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox').fill(pin)
    await dialog.getByRole('button', { name: /^(OK|确定)$/ }).click()
  }
}

/** A profile made in 设置 by 管理员, with a PIN when given. */
export async function addProfile(page: Page, name: string, role: string, pin?: string) {
  await page.goto('/#/settings')
  await page.getByLabel('姓名').fill(name)
  await page.getByRole('combobox', { name: '角色' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: role, exact: true }).click()
  if (pin) await page.getByLabel('PIN（可选，4 位以上）').fill(pin)
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByRole('cell', { name })).toBeVisible()
}

/** Types every goal's 实际完成情况 on the open form and saves them. */
export async function fillOutcomes(page: Page, count: number) {
  for (let n = 1; n <= count; n++) await page.getByLabel(`目标 ${n} 实际完成情况`).fill(`目标 ${n} 已按计划完成。`)
  await page.getByRole('button', { name: '保存实际完成情况' }).click()
  await expect(page.getByText('所有必填项已齐全，可以提交。')).toBeVisible()
}

/** Submits the open form, answering the evidence warning. */
export async function submitForm(page: Page) {
  await page.getByRole('button', { name: '提交审核' }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确定|OK/ })
    .click()
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible()
}

/** The audit rows and one sheet's status, read straight from IndexedDB. */
export function readStored(page: Page, sheetId: string) {
  return page.evaluate(async (id) => {
    const open = indexedDB.open('perf-ledger')
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const get = <T>(store: string, key?: string) =>
      new Promise<T>((resolve, reject) => {
        const os = db.transaction(store).objectStore(store)
        const req = key === undefined ? os.getAll() : os.get(key)
        req.onsuccess = () => resolve(req.result as T)
        req.onerror = () => reject(req.error)
      })
    const audit = await get<{ actorName: string; table: string; rowId: string; reason?: string }[]>('audit')
    const sheet = await get<{ status: string }>('sheets', id)
    db.close()
    return { audit, status: sheet.status }
  }, sheetId)
}
