// A focused harness for the all-unit comparison from a cold page load (issue 9, the comparison part).
// It does what bench/browser-measures.ts does for the comparison, without the import runs each time:
// the provincial data is imported once through the 数据 page into a persistent Chromium profile
// (node_modules/.bench-<port>-profile) and reused; each run is a new page (cold: nothing in memory).
//
//   BENCH_PORT=4394 RUNS=7 npx tsx bench/comparison-cold.ts          (builds, serves, measures)
//   SKIP_BUILD=1 …                                                   (reuses the last build)
//   BUILDS=before=node_modules/.x,after=node_modules/.bench-4394 …   (A/B: builds served in turn)
//
// Several builds are served in turn from one origin (so they share the database), one run of each
// per round, so that the other load on the machine falls on all of them alike. Service workers are
// blocked so that each page really comes from the build being measured.
//
// Prints per run: overview first render, comparison last row, and the app's comparison:* measures
// (with their start times, to see what waits on what); then the medians per build.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { SCALE, unitId } from './provincial-data'
import { stats } from './stats'

const PORT = Number(process.env.BENCH_PORT ?? 4394)
const RUNS = Number(process.env.RUNS ?? 7)
const OUT_DIR = `node_modules/.bench-${PORT}`
const PROFILE = `node_modules/.bench-${PORT}-profile`
const BASE = `http://127.0.0.1:${PORT}`
const YEAR = SCALE.years[SCALE.years.length - 1]!
const UNIT = unitId(0)
const ROWS = SCALE.units + 1
const FILES = SCALE.years.map((y) => `bench/results/provincial-20250101-${y}.json`)

const log = (s: string) => process.stdout.write(`${s}\n`)

function build() {
  if (process.env.SKIP_BUILD) return
  log(`building into ${OUT_DIR} …`)
  const run = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`vite build failed: ${run.stderr.slice(-1000)}`)
}

const BUILDS = (process.env.BUILDS ?? `now=${OUT_DIR}`).split(',').map((pair) => {
  const [name, dir] = pair.split('=') as [string, string]
  return { name, dir }
})
let root = BUILDS[0]!.dir

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** A static server whose folder can be switched between runs (`root`). */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', BASE).pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    )
    let file = join(root, path)
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    res.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)))
}

const WATCHER = `
window.__name = (f) => f;
window.__bench = {};
const overviewSel = '.overview__summaries [data-sheet="${UNIT}-${YEAR}-dept"] [data-testid="sheet-score"]';
const rowSel = '[data-testid="comparison-table"] tbody tr';
const check = () => {
  const b = window.__bench;
  if (!b.overviewAt && document.querySelector(overviewSel)) b.overviewAt = performance.now();
  if (!b.comparisonAt && document.querySelectorAll(rowSel).length >= ${ROWS}) b.comparisonAt = performance.now();
};
new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
`

async function progressRows(context: BrowserContext): Promise<number> {
  const page = await context.newPage()
  await page.goto(`${BASE}/favicon.svg`)
  const n = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('perf-ledger')
        req.onsuccess = () => {
          const db = req.result
          if (!db.objectStoreNames.contains('progress')) return resolve(0)
          const c = db.transaction('progress').objectStore('progress').count()
          c.onsuccess = () => {
            resolve(c.result)
            db.close()
          }
        }
        req.onerror = () => resolve(0)
      }),
  )
  await page.close()
  return n
}

async function importOnce(context: BrowserContext) {
  const page = await context.newPage()
  await page.goto(`${BASE}/#/data`)
  const input = page.locator('input[type="file"][aria-label="选择交换文件…"]')
  await input.waitFor({ state: 'attached' })
  await page.getByText('克孜勒苏柯尔克孜自治州总工会').first().waitFor()
  for (const file of FILES) {
    const start = Date.now()
    await input.setInputFiles(file)
    const confirm = page.getByRole('button', { name: '确认导入' })
    await confirm.waitFor({ timeout: 600_000 })
    await confirm.click()
    const done = page.getByText('导入完成').first()
    await done.waitFor({ timeout: 600_000 })
    log(`  imported ${file} in ${Date.now() - start} ms`)
    await done.waitFor({ state: 'detached', timeout: 30_000 })
  }
  await page.evaluate(
    async ({ unit, year }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('perf-ledger')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const now = new Date().toISOString()
      const meta = { unitId: null, createdAt: now, updatedAt: now, updatedBy: 'bench', deletedAt: null }
      const tx = db.transaction('settings', 'readwrite')
      tx.objectStore('settings').put({ key: 'currentUnitId', value: unit, ...meta })
      tx.objectStore('settings').put({ key: 'currentYear', value: year, ...meta })
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()))
      db.close()
    },
    { unit: UNIT, year: YEAR },
  )
  await page.close()
}

async function waitFor(page: Page, key: string): Promise<number> {
  await page.waitForFunction(
    (k) => (window as never as { __bench: Record<string, number> }).__bench[k],
    key,
    {
      timeout: 120_000,
    },
  )
  return page.evaluate((k) => (window as never as { __bench: Record<string, number> }).__bench[k]!, key)
}

async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

async function main() {
  build()
  const server = await serve()
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
    locale: 'zh-CN',
    serviceWorkers: 'block',
    viewport: { width: 1440, height: 1000 },
  })
  try {
    if (!existsSync(PROFILE) || (await progressRows(context)) < SCALE.progress) {
      log('importing the provincial data once …')
      await importOnce(context)
    }
    log(`progress rows: ${await progressRows(context)}`)
    // A service worker registered earlier (by the import) would serve its own build from its cache.
    const clean = await context.newPage()
    await clean.goto(`${BASE}/favicon.svg`)
    await clean.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister()
    })
    await (await context.newCDPSession(clean)).send('Network.clearBrowserCache')
    await clean.close()
    const m: Record<string, Record<string, number[]>> = {}
    for (let r = 0; r < RUNS; r++)
      for (const build of BUILDS) {
        root = build.dir
        const add = (k: string, v: number) => ((m[build.name] ??= {})[k] ??= []).push(v)
        const page = await context.newPage()
        const errors: string[] = []
        page.on('pageerror', (e) => errors.push(e.message))
        await page.addInitScript({ content: WATCHER })
        await page.goto(`${BASE}/#/`)
        const overviewAt = await waitFor(page, 'overviewAt')
        const entry = await page.evaluate(() =>
          document.querySelector('script[type="module"]')?.getAttribute('src'),
        )
        if (!readFileSync(join(build.dir, 'index.html'), 'utf8').includes(`src="${entry}"`))
          throw new Error(`${build.name}: the page did not come from ${build.dir} (${entry})`)
        // As the full benchmark does: the heap figure (a forced GC), then the comparison scrolled into view.
        await usedHeapMb(page)
        await page.evaluate(() => document.querySelector('#overview-comparison')?.scrollIntoView())
        const comparisonAt = await waitFor(page, 'comparisonAt')
        const measures = await page.evaluate(() =>
          [...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')]
            .filter((e) => /^(comparison|ledger):/.test(e.name))
            .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
        )
        add('overview', overviewAt)
        add('comparison', comparisonAt)
        for (const e of measures) add(e.name, e.duration || e.start)
        log(
          `${build.name} ${r + 1}/${RUNS}: overview ${overviewAt.toFixed(0)} ms, comparison ${comparisonAt.toFixed(0)} ms; ` +
            measures
              .map((e) => `${e.name} ${e.start.toFixed(0)}${e.duration ? `+${e.duration.toFixed(0)}` : ''}`)
              .join(', ') +
            (errors.length ? `; ERRORS ${errors.join(' | ')}` : ''),
        )
        await page.close()
      }
    for (const [name, figures] of Object.entries(m)) {
      log(`\n${name}: median (min–max), ms:`)
      for (const [k, v] of Object.entries(figures)) {
        const s = stats(v)
        log(
          `  ${k.padEnd(24)} ${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)}) n=${v.length}`,
        )
      }
    }
  } finally {
    await context.close()
    server.close()
  }
}

await main()
