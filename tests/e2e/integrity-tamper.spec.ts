// Issue 15, case 8: the lock is not invisible to tampering. A sheet locked through the UI by the
// reviewer (with the reviewer's PIN); then a file of it changed on the way, and the device's own
// IndexedDB changed behind the app's back (a progress row put in, the status flipped, an audit
// entry edited): the import preview, the 自评 page, its print and the 操作日志 page all say so.
import { expect, test, type Page } from '@playwright/test'
import { exportAll, pickFile, type Json } from './import-fixtures'

const SHEET = 'kz-2025-proj-1'
const PIN = '8642'

async function logEntry(page: Page, typed: string, name: string, date: string, value: string) {
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(typed)
  await page.getByRole('option', { name: new RegExp(name) }).click()
  await page.getByLabel('日期').fill(date)
  await page.getByLabel('数值').fill(value)
  await page.getByLabel('备注').fill('全年')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('saved-result')).toContainText(name)
}

async function confirmDialog(page: Page) {
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'OK' }).or(dialog.getByRole('button', { name: '确定' })).click()
}

async function switchProfile(page: Page, name: RegExp, pin?: string) {
  await page.getByRole('button', { name: /当前用户/ }).click()
  await page.getByRole('menuitem', { name }).click()
  if (pin) {
    await page.getByRole('dialog').getByRole('textbox').fill(pin)
    await confirmDialog(page)
  }
}

/** The project sheet, every target met, judged, its outcome written, submitted, and locked by 王审核. */
async function lockThroughTheUi(page: Page) {
  await page.goto('/#/entry')
  await logEntry(page, '划拨', '划拨工会经费次数', '2025-03-15', '1')
  await logEntry(page, '合规', '资金使用合规率', '2025-12-20', '100')
  await logEntry(page, '及时率', '上缴自治区工会经费及时率', '2025-12-20', '100')
  await logEntry(page, '上缴自治区总工会', '上缴自治区总工会经费', '2025-06-30', '50')
  await logEntry(page, '州总工会', '上缴州总工会工会经费', '2025-06-30', '50')
  await logEntry(page, '满意度', '职工群众满意度', '2025-12-15', '96')

  await page.goto(`/#/assessment/${SHEET}`)
  await page.getByRole('button', { name: '评定：提升公共服务质量' }).click()
  const dialog = page.getByRole('dialog', { name: '评定：提升公共服务质量' })
  await dialog.getByLabel('得分（分）').fill('18')
  await dialog.getByRole('button', { name: '保存评判' }).click()
  await expect(page.locator('[data-indicator="p1-i6"]')).toContainText('18.00')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByLabel('目标 1 实际完成情况').fill('全年按规定划拨、上解工会经费。')
  await page.getByRole('button', { name: '保存实际完成情况' }).click()
  await page.getByRole('button', { name: '提交审核' }).click()
  await confirmDialog(page)
  await expect(page.getByText('已提交', { exact: true }).first()).toBeVisible()

  await page.goto('/#/settings')
  await page.getByLabel('姓名').fill('王审核')
  await page.getByRole('combobox', { name: '角色' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '审核' }).click()
  await page.getByLabel('PIN（可选，4 位以上）').fill(PIN)
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByRole('cell', { name: '王审核' })).toBeVisible()
  await switchProfile(page, /王审核/, PIN)
  await expect(page.getByRole('button', { name: /当前用户/ })).toHaveAccessibleName('当前用户: 王审核')
  await page.goto(`/#/assessment/${SHEET}`)
  await page.getByRole('button', { name: '审核并锁定' }).click()
  await expect(page.getByText('此表已审核锁定')).toBeVisible()
}

/** Writes straight into the app's IndexedDB (perf-ledger), as a console user could. */
async function tamper(page: Page, what: 'entry-and-status' | 'audit-entry'): Promise<number | null> {
  return page.evaluate(
    async ({ sheetId, what }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('perf-ledger')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        })
      const all = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      let seq: number | null = null
      if (what === 'entry-and-status') {
        const tx = db.transaction(['progress', 'sheets'], 'readwrite')
        const rows = (await all(tx.objectStore('progress').index('sheetId').getAll(sheetId))) as Record<string, unknown>[]
        const model = rows.find((r) => r.indicatorId === 'p1-i5')!
        tx.objectStore('progress').put({ ...model, id: 'slipped-in', value: '10', note: '补录' })
        const sheet = (await all(tx.objectStore('sheets').get(sheetId))) as Record<string, unknown>
        tx.objectStore('sheets').put({ ...sheet, status: 'draft' })
        tx.objectStore('sheets').put({ ...sheet, status: 'locked' })
        await done(tx)
      } else {
        const tx = db.transaction('audit', 'readwrite')
        const entries = (await all(tx.objectStore('audit').getAll())) as Record<string, unknown>[]
        const lock = entries.find(
          (e) => e.table === 'sheets' && e.rowId === sheetId && (e.after as { status?: string })?.status === 'locked',
        )!
        tx.objectStore('audit').put({ ...lock, actorName: '管理员' })
        seq = lock.seq as number
        await done(tx)
      }
      db.close()
      return seq
    },
    { sheetId: SHEET, what },
  )
}

test('a locked sheet changed behind the app shows 锁定后数据被改动; an edited audit entry breaks the chain', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await lockThroughTheUi(page)
  // Nothing changed yet: no warning, the chain intact.
  await expect(page.getByTestId('seal-broken')).toHaveCount(0)

  // 1. The exported file, as the prefecture receives it: intact, then with a value changed on the way
  // (previewed by the 管理员: importing is theirs).
  await switchProfile(page, /管理员/)
  await page.goto('/#/data')
  const file: Json = await exportAll(page)
  expect(file.seals.map((s: Json) => s.sheetId)).toEqual([SHEET])
  await pickFile(page, 'county.json', file)
  const seals = page.getByTestId('import-seals')
  await expect(seals.locator('li[data-state="intact"]')).toContainText('封印完好')
  await page.getByRole('region', { name: '导入预览' }).getByRole('button', { name: '取消' }).click()
  const changed = structuredClone(file)
  const entry = changed.progress.find((e: Json) => e.indicatorId === 'p1-i5')
  entry.value = '60'
  await pickFile(page, 'county-changed.json', changed)
  await expect(seals.locator('li[data-state="broken"]')).toContainText('2025年预算工会经费')
  await expect(seals.locator('li[data-state="broken"]')).toContainText('锁定后数据被改动')

  // 2. A progress row put straight into IndexedDB, the status set to draft and back.
  await tamper(page, 'entry-and-status')
  await page.goto(`/#/assessment/${SHEET}`)
  await page.reload()
  const warning = page.getByTestId('seal-broken')
  await expect(warning).toContainText('锁定后数据被改动')
  await expect(warning).toContainText('改动之处：填报记录。')
  // The print carries it too.
  await page.goto(`/#/assessment/${SHEET}/print`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('seal-broken')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  // The overview's sheet card.
  await page.goto('/#/')
  await expect(page.locator(`[data-sheet="${SHEET}"]`).getByTestId('seal-broken')).toBeVisible()
  // And the 监控 form.
  await page.goto('/#/monitor')
  await expect(page.getByTestId('seal-broken')).toContainText('2025年预算工会经费：锁定后数据被改动')

  // 3. The 操作日志: intact so far (the row put in left no entry), then the lock's entry edited.
  await page.goto('/#/audit-log')
  await expect(page.getByTestId('audit-chain')).toContainText('操作日志完整')
  const seq = await tamper(page, 'audit-entry')
  await page.reload()
  await expect(page.getByTestId('audit-chain')).toContainText(`操作日志自第 ${seq} 条`)
  await expect(page.getByTestId('audit-chain')).toContainText('这条记录的内容被改动过。')
})
