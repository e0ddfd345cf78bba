// Shared steps of the sync browser tests: the server they run against, a fresh one per file, and
// signing a browser in through 设置 → 连接单位服务器.
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test'
import { E2E_PASSWORD } from './sync-world'

export const SYNC_PORT = Number(process.env.PW_SYNC_PORT ?? 4273)
export const SYNC_URL = `http://127.0.0.1:${SYNC_PORT}`

/** Skips the file, saying why, when no PostgreSQL was given (npm test always gives one). */
export function needsServer() {
  test.skip(
    !process.env.PL_TEST_DATABASE_URL,
    'sync browser tests need PostgreSQL: set PL_TEST_DATABASE_URL (npm test starts a throwaway cluster)',
  )
  // Several browsers and a server on a small shared machine: more time than a one-page test.
  test.describe.configure({ timeout: 90_000 })
  test.beforeAll(async () => {
    const r = await fetch(`http://127.0.0.1:${SYNC_PORT + 1}/reset`, { method: 'POST' })
    expect(r.status, await r.text()).toBe(204)
  })
  // The devices' contexts are the test's own (not Playwright's fixture): closed here, streams and all.
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()))
  })
}

const contexts: BrowserContext[] = []

/** A new browser (its own IndexedDB) on the server's origin, with the built-in data loaded. */
export async function device(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: SYNC_URL, ...options })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto('/#/')
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  return page
}

/** Signs in through the API itself (not a browser), for what another person does meanwhile. */
export async function apiAs(request: APIRequestContext, login: string) {
  const r = await request.post(`${SYNC_URL}/api/auth/login`, { data: { login, password: E2E_PASSWORD } })
  expect(r.status()).toBe(200)
  const { token } = (await r.json()) as { token: string }
  return (path: string, data: unknown = {}) =>
    request.post(`${SYNC_URL}${path}`, { data, headers: { authorization: `Bearer ${token}` } })
}

/** Signs in and confirms the first upload; returns the preview's text (将上传 N 条记录). */
export async function signIn(page: Page, login: string): Promise<string> {
  await page.goto('/#/settings')
  const card = page.getByTestId('sync-card')
  await card.getByLabel('账号').fill(login)
  await card.getByLabel('密码', { exact: true }).fill(E2E_PASSWORD)
  await card.getByRole('button', { name: '连接' }).click()
  const preview = card.getByTestId('sync-preview')
  await expect(preview).toBeVisible()
  const text = (await preview.textContent()) ?? ''
  await card.getByRole('button', { name: '确认并上传' }).click()
  await expect(card.getByTestId('sync-connected')).toBeVisible()
  await expect(page.getByTestId('sync-badge')).toContainText('已同步')
  return text
}

/**
 * Moves to another page of the app within the same document (works offline too: a page.goto
 * would be a navigation, which an offline context refuses).
 */
export async function go(page: Page, hash: string) {
  await page.evaluate((h) => (location.hash = h), hash)
  await page.waitForURL(`**/${hash}`)
}

/** Picks a header select's option (unit, year), as a keyboard user does. */
export async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox, exact: true }).focus()
  await page.keyboard.press('Enter')
  // The dropdown's own items (<li>), not the <option>s of the units card's parent selects.
  await page.getByRole('option', { name: option, exact: true }).and(page.locator('li')).click()
}

/** Logs one entry of `indicator` (typed to find it, then its option) on the entry page. */
export async function logEntry(
  page: Page,
  entry: {
    typed: string
    indicator: RegExp
    date: string
    value: string
    note: string
    sheet?: string
    /** E.g. attaching a file. */
    beforeSave?: (page: Page) => Promise<void>
  },
) {
  await go(page, '#/entry')
  const picker = page.getByRole('combobox', { name: '指标' })
  await picker.click()
  await picker.fill(entry.typed)
  // Options are grouped by sheet; `sheet` picks the group when two sheets share an indicator name.
  const within = entry.sheet ? page.locator('.el-select-group__wrap').filter({ hasText: entry.sheet }) : page
  await within.getByRole('option', { name: entry.indicator }).first().click()
  await page.getByLabel('日期').fill(entry.date)
  await page.getByLabel('数值').fill(entry.value)
  await page.getByLabel('备注').fill(entry.note)
  await entry.beforeSave?.(page)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存').first()).toBeVisible()
}

/** The entry page's 历史记录 tab of the current unit and year. */
export async function openHistory(page: Page) {
  await go(page, '#/entry')
  await page.getByRole('tab', { name: '历史记录' }).click()
}
