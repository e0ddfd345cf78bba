// The app in a real Chromium 86 (360/QQ dual-core browsers' engine), the oldest engine of the
// browser list: one journey through the production build, with no page error on the way.
// Run by `npm run test:legacy` (node's test runner through tsx); LEGACY_PORT picks the port.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, afterEach, before, describe, it } from 'node:test'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { chromium86Path, CHROMIUM_86_ARGS } from './chromium-86'
import { pdfPagesText } from '../support/pdf-text'
import { clickText, open, setDate, typeInto, waitForText } from './page-helpers'
import { serveBuild, type Served } from './serve-build'

const port = Number(process.env.LEGACY_PORT ?? 4183)
const files = mkdtempSync(join(tmpdir(), 'pl-legacy-'))
// Generous: CI machines have 2 cores, often shared with other runs.
const STEP = { timeout: 180_000 }

let served: Served
let browser: Browser
let page: Page
let base: string
const problems: string[] = []

/** The page as printed (A4 landscape from the CSS); LEGACY_PDFS=<folder> keeps a copy to look at. */
async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMediaType('print')
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMediaType('screen')
  if (process.env.LEGACY_PDFS)
    writeFileSync(join(process.env.LEGACY_PDFS, `print-${name}-chromium-86.pdf`), pdf)
  return pdf
}

describe('Chromium 86: first visit, an entry with a photo, overview, 自评, print, exchange import, a dialog', () => {
  before(async () => {
    served = await serveBuild(port)
    base = served.url
    browser = await puppeteer.launch({ executablePath: chromium86Path(), args: CHROMIUM_86_ARGS })
    page = await browser.newPage()
    page.setDefaultTimeout(90_000)
    await page.setViewport({ width: 1366, height: 900 })
    page.on('pageerror', (e: Error) => problems.push(`pageerror ${page.url()}: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console ${page.url()}: ${m.text()}`)
    })
  })

  let step = 0
  afterEach(async () => {
    // LEGACY_SHOTS=<folder>: a screenshot after each step, to see what the old engine showed.
    if (process.env.LEGACY_SHOTS)
      await page.screenshot({ path: join(process.env.LEGACY_SHOTS, `step-${++step}.png`) })
  })

  after(async () => {
    await browser?.close()
    served?.stop()
  })

  it('is really Chromium 86', STEP, async () => {
    assert.match(await browser.version(), /HeadlessChrome\/86\./)
    // Without the polyfills the app failed here: the engine has none of these.
    const native = await page.evaluate(() => [typeof ([] as unknown[]).at, typeof window.structuredClone])
    assert.deepEqual(native, ['undefined', 'undefined'])
  })

  it('first visit: the built-in 2025 targets load, no unsupported-browser notice', STEP, async () => {
    await open(page, `${base}/#/targets`, 'h2, h3', '部门整体绩效目标表')
    await waitForText(page, '[data-sheet="kz-2025-dept"]', '411.81')
    const notice = await page.$eval('#unsupported-browser', (el) => getComputedStyle(el).display)
    assert.equal(notice, 'none')
    assert.equal(await page.$eval('html', (el) => el.hasAttribute('data-unsupported-browser')), false)
  })

  it('logs an entry with a photo', STEP, async () => {
    await open(page, `${base}/#/entry`, 'label', '指标')
    await page.click('#entry-indicator')
    await page.type('#entry-indicator', '划拨')
    await clickText(page, '.el-select-dropdown__item', '划拨工会经费次数')
    await setDate(page, '#entry-date', '2025-03-01')
    await typeInto(page, '#entry-value', '1')
    await typeInto(page, '#entry-note', '全年一次划拨')
    const photo = join(files, '划拨凭证.png')
    writeFileSync(photo, (await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } })) as Buffer)
    const input = await page.$('#entry-files')
    await input!.uploadFile(photo)
    await page.waitForSelector('img[alt="划拨凭证.png"]', { visible: true })
    await clickText(page, 'button[type="submit"]', '保存')
    await waitForText(page, '[data-testid="saved-result"]', '划拨工会经费次数')
    // The running total appears once the ledger has read the entry back.
    await page.waitForSelector('[data-testid="saved-total"]', { visible: true })
    assert.equal(await page.$eval('[data-testid="saved-total"]', (el) => el.textContent?.trim()), '1')
  })

  it(
    'the overview shows the score: 1 transfer of ≥ 1 gives the project sheet its 15 points',
    STEP,
    async () => {
      await open(
        page,
        `${base}/#/`,
        '.overview__summaries [data-sheet="kz-2025-proj-1"] [data-testid="sheet-score"]',
      )
      // 项目支出 at 2025-12-31: 划拨工会经费次数 1 of ≥ 1 → its full 15.00; nothing else logged → 0.
      await waitForText(
        page,
        '.overview__summaries [data-sheet="kz-2025-proj-1"] [data-testid="sheet-score"]',
        '15.00',
      )
    },
  )

  it('the 自评 form opens', STEP, async () => {
    await open(page, `${base}/#/assessment/kz-2025-proj-1`, 'h1, h2', '项目支出绩效自评表')
  })

  // The print view's own element is awaited: the form before it has the same heading, and a page.pdf
  // of the app shell once wrote 31,776 blank pages in Chromium 86 (the header grew without bound).
  it(
    'prints the 自评 form and the 监控 form to a few PDF pages, marked 草稿 while not locked',
    STEP,
    async () => {
      await open(page, `${base}/#/assessment/kz-2025-proj-1/print`, '.print-page h2', '项目支出绩效自评表')
      const form = await printToPdf(page, 'assessment-project')
      const formText = await pdfPagesText(form)
      assert.ok(formText.length >= 1 && formText.length < 10, `自评表: ${formText.length} pages`)
      assert.ok(formText[0].includes('草稿/未审核'), formText[0].slice(0, 80))
      assert.ok(formText.join('').includes('填报单位(盖章)'))

      await open(page, `${base}/#/assessment/kz-2025-dept/print`, '.print-page h2', '部门整体绩效自评表')
      const department = await pdfPagesText(await printToPdf(page, 'assessment-department'))
      assert.ok(department.length >= 1 && department.length < 10, `部门整体: ${department.length} pages`)
      assert.ok(department[0].includes('草稿/未审核'), department[0].slice(0, 80))

      // The monitoring page's print rules once used :has(), which Chromium 86 drops: thousands of pages.
      await open(page, `${base}/#/monitor`, '.monitor table', '')
      const monitor = await printToPdf(page, 'monitor')
      const monitorText = await pdfPagesText(monitor)
      assert.ok(monitorText.length >= 1 && monitorText.length < 10, `监控表: ${monitorText.length} pages`)
      assert.ok(monitorText[0].includes('草稿/未审核'), monitorText[0].slice(0, 80))
      assert.ok(monitorText.join('').includes('填报单位(盖章)'))
    },
  )

  it('imports a small exchange file (in its worker)', STEP, async () => {
    const pkg = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8')) as {
      units: { id: string; name: string; parentId?: string }[]
    }
    pkg.units.push({ id: 'county-1', name: '第1县总工会', parentId: pkg.units[0].id })
    const file = join(files, 'county.json')
    writeFileSync(file, JSON.stringify(pkg))
    await open(page, `${base}/#/data`, 'button', '及下级单位')
    const input = await page.$('input[type="file"][aria-label="选择交换文件…"]')
    await input!.uploadFile(file)
    // The preview comes from the worker: the file's counts against the database.
    await waitForText(page, '[data-testid="new-units"]', '第1县总工会（隶属 克孜勒苏柯尔克孜自治州总工会）')
    await clickText(page, 'button', '确认导入')
    // One unit added; the file's prefecture, sheets and indicators are the same as here.
    // The result stays on the page (a panel, not a toast).
    await waitForText(page, '[data-testid="import-result"]', '导入完成：新增 1 条，采用对方 0 条，保留本机 0 条')
  })

  it('a dialog shows over a full-window backdrop, centred', STEP, async () => {
    await open(page, `${base}/#/entry?tab=history`, 'button[aria-label="佐证资料 1 个"]')
    await page.click('button[aria-label="佐证资料 1 个"]')
    await waitForText(page, '.el-dialog', '修改记录')
    const box = await page.evaluate(() => {
      const overlay = [...document.querySelectorAll<HTMLElement>('.el-overlay')].find(
        (el) => getComputedStyle(el).display !== 'none',
      )!
      const o = overlay.getBoundingClientRect()
      const d = overlay.querySelector('.el-dialog')!.getBoundingClientRect()
      return {
        position: getComputedStyle(overlay).position,
        overlay: [o.left, o.top, o.width, o.height],
        backdrop: getComputedStyle(overlay).backgroundColor,
        dialogCentre: Math.round(d.left + d.width / 2),
      }
    })
    // The backdrop covers the 1366 × 900 window (the bug: `inset: 0`, unknown to Chromium 86, left it 0 × 0).
    assert.equal(box.position, 'fixed')
    assert.deepEqual(box.overlay, [0, 0, 1366, 900])
    assert.notEqual(box.backdrop, 'rgba(0, 0, 0, 0)')
    assert.ok(Math.abs(box.dialogCentre - 683) <= 2, `dialog centre at x = ${box.dialogCentre}`)
    await waitForText(page, '.el-dialog', '划拨凭证.png')
  })

  it('had no page error and no console error on the way', () => {
    assert.deepEqual(problems, [])
  })
})
