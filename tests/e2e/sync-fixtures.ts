// Shared steps of the sync browser tests: the server they run against, a fresh one per file, and
// signing a browser in through 设置 → 连接单位服务器.
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test'
import { E2E_PASSWORD } from './sync-world'

export const SYNC_PORT = Number(process.env.PW_SYNC_PORT ?? 4273)
export const SYNC_URL = `http://127.0.0.1:${SYNC_PORT}`

/** Skips the file, saying why, when no PostgreSQL was given (npm test always gives one). */
export function needsServer() {
  test.skip(
    !process.env.PL_TEST_DATABASE_URL,
    'sync browser tests need PostgreSQL: set PL_TEST_DATABASE_URL (npm test starts a throwaway cluster)',
  )
  test.beforeAll(async () => {
    const r = await fetch(`http://127.0.0.1:${SYNC_PORT + 1}/reset`, { method: 'POST' })
    expect(r.status, await r.text()).toBe(204)
  })
}

/** A new browser (its own IndexedDB) on the server's origin, with the built-in data loaded. */
export async function device(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: SYNC_URL, ...options })
  const page = await context.newPage()
  await page.goto('/#/')
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  return page
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
