// Screenshots of the built app for docs and reviews: node scripts/screenshot.mjs URL OUT.png [locale] [width] [height]
import { chromium } from '@playwright/test'

const [url, out, locale = 'zh-CN', width = '1440', height = '1000'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale })
const errors = []
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
page.on('pageerror', (e) => errors.push(e.message))
await page.addInitScript((l) => localStorage.setItem('perf-ledger.locale', l), locale)
await page.goto(url)
await page.waitForTimeout(1500)
// SCROLL_TO=<css selector>: bring that element to the top of the scrolling main area first.
if (process.env.SCROLL_TO)
  await page
    .locator(process.env.SCROLL_TO)
    .first()
    .evaluate((el) => el.scrollIntoView())
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
if (errors.length) console.error('console errors:', errors)
await browser.close()
