import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { preview, type PreviewServer } from 'vite'

// An intranet served over plain HTTP: a host name that is not localhost, so the page is not a
// secure context (no crypto.subtle, no service worker, no navigator.storage). Chromium counts every
// 127.x address as localhost (secure), so the name is mapped to a loopback address in the browser
// alone: nothing leaves the machine, and the browser sees what an office PC sees.
const port = Number(process.env.PW_PORT ?? 4173)
const HOST = 'perf-ledger.intranet.test'
const ADDRESS = '127.0.0.2'
const plainPort = port + 100
const origin = `http://${HOST}:${plainPort}`

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--host-resolver-rules=MAP ${HOST} ${ADDRESS}`,
    ],
  },
})

let server: PreviewServer

test.beforeAll(async () => {
  // The build that playwright.config.ts's webServer made, served a second time on the intranet name.
  server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: `node_modules/.e2e-build-${port}` },
    preview: { host: ADDRESS, port: plainPort, strictPort: true, allowedHosts: [HOST] },
  })
})

test.afterAll(async () => {
  await server?.close()
})

async function pickOption(page: Page, combobox: string, option: RegExp | string) {
  await page.getByRole('combobox', { name: combobox }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: option }).click()
}

async function confirmPin(page: Page, pin: string) {
  await page.getByRole('dialog').getByRole('textbox').fill(pin)
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'OK' })
    .or(page.getByRole('dialog').getByRole('button', { name: '确定' }))
    .click()
}

test('over plain HTTP: a user with a PIN, evidence attached, a backup with its checksum, and a word on HTTPS', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))

  await page.goto(`${origin}/#/settings`)
  expect(
    await page.evaluate(() => ({
      secure: window.isSecureContext,
      subtle: typeof globalThis.crypto?.subtle,
      serviceWorker: 'serviceWorker' in navigator,
      storage: typeof navigator.storage,
    })),
  ).toEqual({ secure: false, subtle: 'undefined', serviceWorker: false, storage: 'undefined' })

  // A user with a PIN: PBKDF2 through the pure-JS fallback. A wrong PIN is refused, the right one works.
  await page.getByLabel('姓名').fill('张三')
  await pickOption(page, '角色', '录入员')
  await page.getByLabel('PIN（可选，4 位以上）').fill('2468')
  await page.getByRole('button', { name: '添加用户' }).click()
  await expect(page.getByRole('cell', { name: '张三' })).toBeVisible()
  const userMenu = page.getByRole('button', { name: /当前用户/ })
  await userMenu.click()
  await page.getByRole('menuitem', { name: /张三/ }).click()
  await confirmPin(page, '0000')
  await expect(page.getByText('PIN 不正确，未切换用户。')).toBeVisible()
  await userMenu.click()
  await page.getByRole('menuitem', { name: /张三/ }).click()
  await confirmPin(page, '2468')
  await expect(userMenu).toHaveAccessibleName('当前用户: 张三')

  // Evidence: the photo's SHA-256, through the fallback too.
  await page.goto(`${origin}/#/entry`)
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill('文体')
  await page.getByRole('option', { name: /开展职工文体活动/ }).click()
  await page.getByLabel('日期').fill('2025-04-12')
  await page.getByLabel('数值').fill('2')
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 240, height: 160 } })
  await page
    .locator('#entry-files')
    .setInputFiles({ name: '篮球赛.png', mimeType: 'image/png', buffer: photo })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()

  // The 数据 page says what HTTPS would add; the backup's checksum is the true SHA-256 of its data.
  await page.goto(`${origin}/#/data`)
  const notice = page.getByTestId('insecure-context')
  await expect(notice).toContainText('本站以 HTTP 打开')
  await expect(notice).toContainText('离线使用')
  await expect(page.getByTestId('persist-state')).toContainText('不支持')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '备份全部数据' }).click()
  const bytes = readFileSync(await (await download).path())
  const key = Buffer.from(',"database":')
  const start = bytes.indexOf(key) + key.length
  const end = bytes.lastIndexOf('}')
  const meta = JSON.parse(bytes.subarray(0, bytes.indexOf(key)).toString() + '}') as {
    sha256: string
    counts: Record<string, number>
  }
  expect(meta.counts).toMatchObject({ progress: 1, attachments: 1 })
  expect(meta.sha256).toBe(createHash('sha256').update(bytes.subarray(start, end)).digest('hex'))

  // And the app checks that checksum when the file is opened for a restore.
  await page.getByLabel('选择备份文件…').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: bytes,
  })
  await expect(page.getByRole('region', { name: '已检查的备份' }).getByText('校验通过')).toBeVisible()
  expect(problems).toEqual([])
})
