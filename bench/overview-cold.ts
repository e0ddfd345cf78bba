// Focused harness for the overview part of issue 9: a cold page load of one unit's overview, its floor,
// and recompute after one new spending entry, measured the way bench/browser-measures.ts does (same
// watcher, same floor), but against a persistent Chromium profile that holds the provincial data set,
// so that builds can be compared back to back without re-importing 24 MB each time.
//
//   npx tsx bench/overview-cold.ts setup                  # once: import both year files into the profile
//   npx tsx bench/overview-cold.ts run <dir>[,<dir>…] [rounds] [perRound]   # builds in turn, measured
//
// Options (environment): BENCH_PORT (4393; the profile's IndexedDB belongs to that origin),
// OV_PROFILE (node_modules/.overview-profile), OV_TRACE=1 prints the waterfall of each run.
import type { ChildProcess } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import { floor, measureRecompute, openProfile, unitYearFloor, watcherScript } from './browser-measures'
import { servePreview, stopPreview } from './preview-server'
import { stats } from './stats'

const PORT = Number(process.env.BENCH_PORT ?? 4393)
const BASE = `http://127.0.0.1:${PORT}`
const PROFILE = process.env.OV_PROFILE ?? 'node_modules/.overview-profile'
const UNIT = 'u000'
const YEAR = 2025
const FILES = [2024, 2025].map((y) => `bench/results/provincial-20250101-${y}.json`)

const serve = (outDir: string) => servePreview(outDir, PORT)

function stop(server: ChildProcess) {
  stopPreview(server)
}

function open(): Promise<BrowserContext> {
  return openProfile(PROFILE)
}

async function setup() {
  const context = await open()
  const page = await context.newPage()
  await page.addInitScript({ content: 'window.__name = (f) => f' })
  await page.goto(`${BASE}/#/data`)
  await page.getByText('克孜勒苏柯尔克孜自治州总工会').first().waitFor({ timeout: 60_000 })
  const input = page.locator('input[type="file"][aria-label="选择交换文件…"]')
  for (const file of FILES) {
    const start = Date.now()
    await input.setInputFiles(file)
    await page.getByRole('button', { name: '确认导入' }).click({ timeout: 600_000 })
    const done = page.getByText('导入完成').first()
    await done.waitFor({ timeout: 600_000 })
    console.log(`imported ${file} in ${Date.now() - start} ms`)
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
  await context.close()
}

/** What the page recorded: when the figures appeared, the app's measures and marks, the script waterfall. */
async function waterfall(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const round = (n: number) => Math.round(n * 10) / 10
    return {
      overviewAt: (window as unknown as { __bench: Record<string, number> }).__bench.overviewAt!,
      nav: { responseEnd: round(nav.responseEnd), domInteractive: round(nav.domInteractive) },
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => `${r.name.split('/').pop()} ${round(r.startTime)}→${round(r.responseEnd)}`),
      marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${round(m.startTime)}`),
      measures: performance
        .getEntriesByType('measure')
        .map((m) => `${m.name} ${round(m.startTime)}+${round(m.duration)}`),
    }
  })
}

async function warmUp(context: BrowserContext) {
  // The service worker of the previous build would serve its own cached chunks: drop it (IndexedDB
  // stays), then one warm-up load installs this build's worker, as the benchmark's import page does.
  const clean = await context.newPage()
  await clean.goto(`${BASE}/favicon.svg`)
  const cdp = await context.newCDPSession(clean)
  await cdp.send('Storage.clearDataForOrigin', {
    origin: BASE,
    storageTypes: 'service_workers,cache_storage',
  })
  await cdp.detach()
  await clean.close()
  const warm = await context.newPage()
  await warm.addInitScript({ content: watcherScript(UNIT, YEAR, 0) })
  await warm.goto(`${BASE}/#/`)
  await warm.waitForFunction(
    () => (window as unknown as { __bench: { overviewAt?: number } }).__bench.overviewAt,
  )
  await warm.evaluate(() => navigator.serviceWorker?.ready)
  await new Promise((r) => setTimeout(r, 1000))
  await warm.close()
}

/** Removes the entries the recompute measure added, so that every run reads the same rows. */
async function dropAddedSpending(context: BrowserContext) {
  const bare = await context.newPage()
  await bare.goto(`${BASE}/favicon.svg`)
  await bare.evaluate(async (sheetId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    // Raw deletes pass by the app's digest keeper: the sheet's digest (schema v2) goes with them.
    const digests = db.objectStoreNames.contains('sheetDigests')
    const tx = db.transaction(digests ? ['spending', 'sheetDigests'] : ['spending'], 'readwrite')
    if (digests) tx.objectStore('sheetDigests').delete(sheetId)
    const req = tx
      .objectStore('spending')
      .index('[sheetId+date]')
      .getAll(IDBKeyRange.bound([sheetId, ''], [sheetId, '\uffff']))
    req.onsuccess = () => {
      const rows = req.result as { id: string; amount: string; createdAt: string }[]
      const imported = rows.map((r) => r.createdAt).sort()[0]!
      const cutoff = new Date(Date.parse(imported) + 600_000).toISOString()
      for (const r of rows)
        if (r.amount === '1.23' && r.createdAt > cutoff) tx.objectStore('spending').delete(r.id)
    }
    await new Promise((resolve) => (tx.oncomplete = resolve))
    db.close()
  }, `${UNIT}-${YEAR}-dept`)
  await bare.close()
}

/** One cold load of the overview, its floor on a bare page, and one recompute on the entry page. */
async function measureOnce(context: BrowserContext, add: (k: string, v: number) => void) {
  const page = await context.newPage()
  await page.addInitScript({ content: watcherScript(UNIT, YEAR, 0) })
  await page.goto(`${BASE}/#/`)
  await page.waitForFunction(
    () => (window as unknown as { __bench: { overviewAt?: number } }).__bench.overviewAt,
    undefined,
    { timeout: 60_000 },
  )
  await new Promise((r) => setTimeout(r, 300))
  const w = await waterfall(page)
  const measure = (name: string) =>
    page.evaluate((n) => {
      const all = performance.getEntriesByName(n, 'measure')
      return all.length ? all[all.length - 1]!.duration : NaN
    }, name)
  add('overviewAt', w.overviewAt)
  for (const name of ['ledger:read', 'ledger:score', 'db:open', 'session:start'])
    add(name, await measure(name))
  if (process.env.OV_TRACE === 'marks') console.log(`  ${[...w.marks, ...w.measures].join(', ')}`)
  else if (process.env.OV_TRACE) console.log(JSON.stringify(w, null, 1))
  await page.close()
  const bare = await context.newPage()
  await bare.addInitScript({ content: 'window.__name = (f) => f' })
  await bare.goto(`${BASE}/favicon.svg`)
  const f = await floor(bare, [`${UNIT}-${YEAR}-dept`, `${UNIT}-${YEAR}-proj`])
  add('floorRead', f.read)
  add('floorSum', f.sum)
  add('floorOpen', f.open)
  const u = await unitYearFloor(bare, UNIT, YEAR)
  add('unitYearFloorRead', u.read)
  add('unitYearFloorSum', u.sum)
  await bare.close()
  const entry = await context.newPage()
  await entry.addInitScript({ content: watcherScript(UNIT, YEAR, 0) })
  await entry.goto(`${BASE}/#/entry?tab=spending`)
  const recompute = await measureRecompute(entry)
  add('recompute', recompute)
  await dropAddedSpending(context)
  return `overview ${w.overviewAt.toFixed(0)} ms, floor ${f.read.toFixed(1)}+${f.sum.toFixed(1)}, recompute ${recompute.toFixed(1)} ms`
}

/** Round by round over the builds given (so that they share the machine's load alike), `perRound` loads each. */
async function run(outDirs: string[], rounds: number, perRound: number) {
  if (!existsSync(PROFILE)) throw new Error(`no profile at ${PROFILE}: run "setup" first`)
  const m = new Map<string, Record<string, number[]>>(outDirs.map((d) => [d, {}]))
  const context = await open()
  try {
    for (let r = 0; r < rounds; r++) {
      for (const outDir of outDirs) {
        const server = await serve(outDir)
        try {
          await warmUp(context)
          const add = (k: string, v: number) => (m.get(outDir)![k] ??= []).push(v)
          for (let i = 0; i < perRound; i++)
            console.log(`round ${r + 1} ${outDir}: ${await measureOnce(context, add)}`)
        } finally {
          stop(server)
          await new Promise((resolve) => setTimeout(resolve, 300))
        }
      }
    }
  } finally {
    await context.close()
  }
  for (const [outDir, figures] of m) {
    console.log(`== ${outDir}`)
    for (const [k, v] of Object.entries(figures)) {
      const s = stats(v.filter((x) => !Number.isNaN(x)))
      if (!s.runs.length) continue
      console.log(
        `${k.padEnd(14)} median ${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)}), n=${s.runs.length}`,
      )
    }
  }
}

/** One cold load under a CDP trace: the main thread's top-level tasks and the functions they ran. */
async function trace(outDir: string, what: 'overview' | 'recompute') {
  const server = await serve(outDir)
  const context = await open()
  try {
    await warmUp(context)
    const page = await context.newPage()
    await page.addInitScript({ content: watcherScript(UNIT, YEAR, 0) })
    if (what === 'recompute') {
      await page.goto(`${BASE}/#/entry?tab=spending`)
      await page.locator('[data-testid="budget-summary"]').waitFor()
      await page.getByLabel('金额（万元）').fill('1.23')
      await new Promise((r) => setTimeout(r, 1000))
    }
    const cdp = await context.newCDPSession(page)
    const events: Record<string, unknown>[] = []
    cdp.on('Tracing.dataCollected', (e: { value: Record<string, unknown>[] }) => events.push(...e.value))
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-v8.cpu_profiler',
      transferMode: 'ReportEvents',
    })
    if (what === 'recompute') {
      await page.evaluate(() => {
        performance.mark('P click')
        const el = document.querySelector('[data-testid="budget-summary"]')!
        ;(window as unknown as { __bench: Record<string, unknown> }).__bench.watch = {
          selector: '[data-testid="budget-summary"]',
          before: el.textContent,
        }
      })
      await page.getByRole('button', { name: '保存支出' }).click()
      await page.waitForFunction(
        () => (window as unknown as { __bench: { changedAt?: number } }).__bench.changedAt,
      )
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: Record<string, number> }).__bench
        performance.measure('P recompute', { start: b.clickAt, end: b.changedAt })
      })
    } else {
      await page.goto(`${BASE}/#/`)
      await page.waitForFunction(
        () => (window as unknown as { __bench: { overviewAt?: number } }).__bench.overviewAt,
      )
    }
    await new Promise((r) => setTimeout(r, 500))
    await cdp.send('Tracing.end')
    await done
    writeFileSync(process.env.OV_TRACE_FILE ?? '/tmp/overview-trace.json', JSON.stringify(events))
    console.log(`${events.length} events`)
    if (what === 'recompute') await dropAddedSpending(context)
  } finally {
    await context.close()
    stop(server)
  }
}

const [cmd, outDir, runs] = process.argv.slice(2)
if (cmd === 'trace') await trace(outDir!, runs === 'recompute' ? 'recompute' : 'overview')
else if (cmd === 'setup') {
  const server = await serve(outDir ?? 'node_modules/.bench-4393-base')
  try {
    await setup()
  } finally {
    stop(server)
  }
} else if (cmd === 'run') {
  // run <outDir>[,<outDir>…] [rounds] [loads per round]
  await run(outDir!.split(','), Number(runs ?? 5), Number(process.argv[5] ?? 1))
} else
  console.log(
    'usage: tsx bench/overview-cold.ts setup [outDir] | run <outDir>[,<outDir>…] [rounds] [perRound] | trace <outDir>',
  )
