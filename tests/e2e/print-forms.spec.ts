// The printed official forms in current Chromium, read back from the PDF: a form that is not locked
// says 草稿 / 未审核, every page says 第 N 页，共 M 页, and the 填报单位（盖章）/ 填表人 / 审核人 / 填报日期
// line is there; once the sheet is locked the mark is gone.
// PRINT_PDFS=<folder> keeps the PDFs (scripts/print-screenshots.sh turns them into docs/screenshots).
import { writeFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { pdfPagesText } from '../support/pdf-text'

// A reload opens the database and the route's chunks: slow on a shared 2-core machine.
const LOAD = 30_000
const DRAFT = '草稿/未审核'
const SIGNATURE = ['填报单位(盖章)', '填表人', '审核人', '填报日期']

async function printed(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  if (process.env.PRINT_PDFS) await writeFile(`${process.env.PRINT_PDFS}/print-${name}-chromium.pdf`, pdf)
  return pdfPagesText(pdf)
}

async function printView(page: Page, sheetId: string, title: string): Promise<void> {
  await page.goto(`/#/assessment/${sheetId}/print`)
  await expect(page.locator('.print-page').getByRole('heading', { name: title })).toBeVisible({
    timeout: LOAD,
  })
}

async function monitorPage(page: Page): Promise<void> {
  await page.goto('/#/monitor')
  // one form per sheet: 部门整体 and the project
  await expect(page.locator('.monitor h2')).toHaveCount(2, { timeout: LOAD })
}

/** Every page numbered in its bottom margin, out of the right total (NFKC turns ， into ,). */
function expectPageNumbers(pages: string[]) {
  expect(pages.length).toBeGreaterThanOrEqual(1)
  expect(pages.length).toBeLessThan(10)
  pages.forEach((text, i) => expect(text).toContain(`第${i + 1}页,共${pages.length}页`))
}

function expectSignature(pages: string[]) {
  const all = pages.join('')
  for (const field of SIGNATURE) expect(all).toContain(field)
}

const count = (text: string, part: string) => text.split(part).length - 1

async function lockSheet(page: Page, sheetId: string): Promise<void> {
  // The workflow's lock needs a submitted, complete form (tests/e2e/assessment.spec.ts walks it);
  // here only the printout of a locked sheet matters, so its stored status is set directly.
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const store = db.transaction('sheets', 'readwrite').objectStore('sheets')
    await new Promise<void>((resolve, reject) => {
      const get = store.get(id)
      get.onsuccess = () => {
        const put = store.put({ ...get.result, status: 'locked' })
        put.onsuccess = () => resolve()
        put.onerror = () => reject(put.error)
      }
      get.onerror = () => reject(get.error)
    })
    db.close()
  }, sheetId)
  await page.reload()
  // Ready again (on /#/targets) before the next hash route, or the starting app could move back here.
  await expect(page.locator('[data-sheet="kz-2025-dept"]').first()).toBeVisible({ timeout: LOAD })
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#/targets')
  await expect(page.locator('[data-sheet="kz-2025-dept"]').first()).toBeVisible({ timeout: LOAD })
})

test('unlocked 自评表 (project and 部门整体) and 监控表 print as drafts, numbered and with the signature line', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await printView(page, 'kz-2025-proj-1', '项目支出绩效自评表')
  const project = await printed(page, 'assessment-project')
  expect(project[0]).toContain(DRAFT)
  expect(project[0]).toContain('项目支出绩效自评表')
  expectPageNumbers(project)
  expectSignature(project)

  await printView(page, 'kz-2025-dept', '部门整体绩效自评表')
  const department = await printed(page, 'assessment-department')
  expect(department[0]).toContain(DRAFT)
  expectPageNumbers(department)
  expectSignature(department)

  await monitorPage(page)
  const monitor = await printed(page, 'monitor')
  // Two forms (部门整体, project), each marked
  expect(count(monitor.join(''), DRAFT)).toBe(2)
  expectPageNumbers(monitor)
  expectSignature(monitor)
  // the page's own controls stay off paper
  expect(monitor.join('')).not.toContain('导出Excel')
})

test('a locked sheet prints without the draft mark, the others keep it', async ({ page }) => {
  test.setTimeout(90_000)
  await lockSheet(page, 'kz-2025-proj-1')
  await printView(page, 'kz-2025-proj-1', '项目支出绩效自评表')
  const project = await printed(page, 'assessment-project-locked')
  expect(project.join('')).toContain('项目支出绩效自评表')
  expect(project.join('')).not.toContain(DRAFT)
  expectPageNumbers(project)
  expectSignature(project)

  await monitorPage(page)
  const monitor = await printed(page, 'monitor-locked')
  // only the 部门整体 form, still open, is marked
  expect(count(monitor.join(''), DRAFT)).toBe(1)
})
