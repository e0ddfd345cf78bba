// Chromium side (Playwright, Debian Chromium) against the built app served by vite preview.
// Times are taken inside the page (performance.now(), a MutationObserver noting when the awaited
// element appears), so the CDP round trips of the driver do not count.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import type { AttachmentSpec } from './provincial-data'
import { importFloor } from './import-floor'
import { stats, type Stats } from './stats'

export interface BrowserFigures {
  importTotal: Stats
  importInspect: Stats
  importWrite: Stats
  /** The same rows put with raw IndexedDB in one transaction (no library, no audit), both files. */
  importFloor: Stats
  attachmentsWrite: number
  overviewFirstRender: Stats
  overviewRead: Stats
  overviewScore: Stats
  overviewFloorRead: Stats
  overviewFloorSum: Stats
  comparisonRender: Stats
  comparisonRead: Stats
  comparisonScore: Stats
  comparisonFloorRead: Stats
  comparisonFloorSum: Stats
  /** Raw read of the same entries as rows (what the comparison read before schema v2). */
  comparisonRowsFloorRead: Stats
  recompute: Stats
  heapAfterOverviewMb: Stats
  rows: { overview: number; comparison: number }
}

export interface BrowserPlan {
  base: string
  /** Exchange files imported one after the other (one per year, each under the app's 20 MB limit). */
  files: string[]
  attachments: AttachmentSpec[]
  importRuns: number
  runs: number
  unit: string
  year: number
  /** Rows the comparison table draws: every unit with a sheet in `year`. */
  comparisonRows: number
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
}

/** In every page: note when the awaited elements first exist (performance.now(), from navigation start). */
export function watcherScript(unit: string, year: number, rows: number) {
  return `
window.__name = (f) => f;
window.__bench = {};
const overviewSel = '.overview__summaries [data-sheet="${unit}-${year}-dept"] [data-testid="sheet-score"]';
const rowSel = '[data-testid="comparison-table"] tbody tr';
const check = () => {
  const b = window.__bench;
  if (!b.overviewAt && document.querySelector(overviewSel)) b.overviewAt = performance.now();
  if (!b.comparisonAt && document.querySelectorAll(rowSel).length >= ${rows}) b.comparisonAt = performance.now();
  if (b.watch && !b.changedAt) {
    const el = document.querySelector(b.watch.selector);
    if (el && el.textContent !== b.watch.before) b.changedAt = performance.now();
  }
};
new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
document.addEventListener('click', () => { if (window.__bench.watch && !window.__bench.clickAt) window.__bench.clickAt = performance.now() }, true);
`
}

async function benchValue(page: Page, key: string, timeout = 120_000): Promise<number> {
  await page.waitForFunction(
    (k) => (window as unknown as { __bench: Record<string, number> }).__bench[k] !== undefined,
    key,
    { timeout },
  )
  return page.evaluate((k) => (window as unknown as { __bench: Record<string, number> }).__bench[k]!, key)
}

/** The last performance measure of that name the app recorded (services/timing.ts). */
async function lastMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const all = performance.getEntriesByName(n, 'measure')
    return all.length ? all[all.length - 1]!.duration : NaN
  }, name)
}

/** Where a cold load's time went (BENCH_TRACE=1): navigation phases and the app's own measures. */
async function waterfall(page: Page): Promise<string> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const parts = [
      `response ${nav.responseEnd.toFixed(0)}`,
      `domInteractive ${nav.domInteractive.toFixed(0)}`,
      ...performance
        .getEntriesByType('measure')
        .map((m) => `${m.name} ${m.startTime.toFixed(0)}+${m.duration.toFixed(0)}`),
      ...performance
        .getEntriesByType('resource')
        .map((r) => r as PerformanceResourceTiming)
        .filter((r) => r.name.endsWith('.js'))
        .slice(0, 3)
        .map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`),
    ]
    return '    ' + parts.join(' | ')
  })
}

const PROFILES = 'node_modules/.bench-profiles'

/**
 * A fresh browser profile on disk, as every user of the app has: an incognito context
 * (browser.newContext) keeps IndexedDB in memory, which no user's data ever is. All of them are
 * removed when the measuring is over (removeProfiles).
 */
async function freshProfile(): Promise<BrowserContext> {
  mkdirSync(PROFILES, { recursive: true })
  return openProfile(mkdtempSync(join(PROFILES, 'p-')))
}

/** Debian Chromium on the browser profile in `dir` (created if missing), as the benchmark runs it. */
export function openProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    ...LAUNCH,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 1000 },
  })
}

function removeProfiles() {
  rmSync(PROFILES, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
}

async function openApp(context: BrowserContext, plan: BrowserPlan, route: string): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript({ content: watcherScript(plan.unit, plan.year, plan.comparisonRows) })
  await page.goto(`${plan.base}/#${route}`)
  return page
}

/**
 * The import's floor in a context of its own, on a database as fresh as the import's first file found
 * (the built-in data only), so that its rows never mix with the ones measured afterwards.
 */
async function importFloorInFreshContext(plan: BrowserPlan): Promise<number> {
  const context = await freshProfile()
  try {
    const page = await openApp(context, plan, '/data')
    await page.getByText('克孜勒苏柯尔克孜自治州总工会').first().waitFor()
    let total = 0
    for (const file of plan.files) total += await importFloor(page, file)
    return total
  } finally {
    await context.close()
  }
}

/** Import through the Data page: pick the file, wait for the preview, confirm, wait for the result. */
async function importOnce(plan: BrowserPlan) {
  const context = await freshProfile()
  const page = await openApp(context, plan, '/data')
  const input = page.locator('input[type="file"][aria-label="选择交换文件…"]')
  await input.waitFor({ state: 'attached' })
  // The built-in data is seeded on the first visit: wait until the header shows the unit.
  await page.getByText('克孜勒苏柯尔克孜自治州总工会').first().waitFor()
  let inspect = 0
  let write = 0
  for (const file of plan.files) {
    const start = Date.now()
    await input.setInputFiles(file)
    const confirm = page.getByRole('button', { name: '确认导入' })
    await Promise.race([
      confirm.waitFor({ timeout: 600_000 }),
      page
        .getByTestId('import-error')
        .waitFor({ timeout: 600_000 })
        .then(async () => {
          throw new Error(`import refused: ${await page.getByTestId('import-error').innerText()}`)
        }),
    ])
    const inspected = Date.now()
    await confirm.click()
    const done = page.getByText('导入完成').first()
    await done.waitFor({ timeout: 600_000 })
    inspect += inspected - start
    write += Date.now() - inspected
    // The message closes itself; wait so that the next file's message is a new one.
    await done.waitFor({ state: 'detached', timeout: 30_000 })
  }
  return { context, page, inspect, write, total: inspect + write }
}

/** Evidence files do not travel in exchange files: they are written straight into the two attachment tables. */
async function writeAttachments(page: Page, attachments: AttachmentSpec[]): Promise<number> {
  const payload = attachments.map((a) => ({
    id: a.id,
    ownerId: a.ownerId,
    name: a.name,
    bytes: Array.from(a.bytes),
  }))
  return page.evaluate(async (list) => {
    const start = performance.now()
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const hashes = await Promise.all(
      list.map(async (a) => {
        const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(a.bytes))
        return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
      }),
    )
    const owners = await new Promise<Record<string, { sheetId: string; unitId: string }>>((resolve) => {
      const out: Record<string, { sheetId: string; unitId: string }> = {}
      const tx = db.transaction('progress', 'readonly')
      for (const a of list) {
        const req = tx.objectStore('progress').get(a.ownerId)
        req.onsuccess = () => (out[a.ownerId] = req.result)
      }
      tx.oncomplete = () => resolve(out)
    })
    const now = new Date().toISOString()
    const meta = { createdAt: now, updatedAt: now, updatedBy: 'bench', deletedAt: null }
    const tx = db.transaction(['attachmentMeta', 'attachmentBlobs'], 'readwrite')
    list.forEach((a, i) => {
      const owner = owners[a.ownerId]!
      const blob = new Blob([new Uint8Array(a.bytes)], { type: 'image/jpeg' })
      tx.objectStore('attachmentMeta').put({
        id: a.id,
        unitId: owner.unitId,
        sheetId: owner.sheetId,
        ownerKind: 'progress',
        ownerId: a.ownerId,
        name: a.name,
        type: 'image/jpeg',
        size: a.bytes.length,
        sha256: hashes[i],
        ...meta,
      })
      tx.objectStore('attachmentBlobs').put({ id: a.id, unitId: owner.unitId, blob, ...meta })
    })
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
    return performance.now() - start
  }, payload)
}

/** Sets the unit the app opens on, as the header's select would have saved it. */
async function chooseUnit(page: Page, unit: string, year: number) {
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
    { unit, year },
  )
}

/**
 * The floor: a raw IndexedDB read (getAll through the sheetId indexes, no library) of the rows the
 * figure needs (indicators, progress, spending of the given sheets), then a plain loop summing them.
 */
export async function floor(page: Page, sheetIds: string[]) {
  return page.evaluate(async (ids) => {
    const opening = performance.now()
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const open = performance.now() - opening
    const start = performance.now()
    const tx = db.transaction(['indicators', 'progress', 'spending'], 'readonly')
    const get = (store: string, index: string, key: IDBValidKey | IDBKeyRange) =>
      new Promise<Record<string, string>[]>((resolve, reject) => {
        const req = tx.objectStore(store).index(index).getAll(key)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const [, progress, spending] = await Promise.all([
      Promise.all(ids.map((id) => get('indicators', 'sheetId', id))),
      Promise.all(ids.map((id) => get('progress', 'sheetId', id))),
      Promise.all(
        ids.map((id) => get('spending', '[sheetId+date]', IDBKeyRange.bound([id, ''], [id, '\uffff']))),
      ),
    ])
    const read = performance.now() - start
    const sumStart = performance.now()
    let sum = 0
    let rows = 0
    for (const list of progress)
      for (const row of list) {
        sum += Number(row.value)
        rows++
      }
    for (const list of spending)
      for (const row of list) {
        sum += Number(row.amount)
        rows++
      }
    const summed = performance.now() - sumStart
    db.close()
    return { open, read, sum: summed, rows, total: sum }
  }, sheetIds)
}

/**
 * The comparison's floor since schema v2: a raw IndexedDB read of what it reads now (the sheets'
 * indicators, and one sheet digest per sheet: get by key, as Dexie's bulkGet does), then a plain
 * loop summing the entries the digests hold.
 */
export async function digestFloor(page: Page, sheetIds: string[]) {
  return page.evaluate(async (ids) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('perf-ledger')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const start = performance.now()
    const tx = db.transaction(['indicators', 'sheetDigests'], 'readonly')
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    type Digest = { progress: { value: string }[]; spending: { amount: string }[] } | undefined
    const [, digests] = await Promise.all([
      Promise.all(ids.map((id) => request(tx.objectStore('indicators').index('sheetId').getAll(id)))),
      Promise.all(ids.map((id) => request(tx.objectStore('sheetDigests').get(id) as IDBRequest<Digest>))),
    ])
    const read = performance.now() - start
    const sumStart = performance.now()
    let sum = 0
    let rows = 0
    let missing = 0
    for (const digest of digests) {
      if (!digest) {
        missing++
        continue
      }
      for (const e of digest.progress) sum += Number(e.value)
      for (const e of digest.spending) sum += Number(e.amount)
      rows += digest.progress.length + digest.spending.length
    }
    const summed = performance.now() - sumStart
    db.close()
    return { read, sum: summed, rows, missing, total: sum }
  }, sheetIds)
}

/**
 * The overview's floor: a raw IndexedDB read (one transaction, getAll through the same indexes, no
 * library) of the rows the app's read of one unit-year returns, found the way the app finds them:
 * the unit and the unit above it, the sheets through [unitId+year], then per sheet its indicators,
 * progress, spending and assessments; then a plain loop summing the entries. On an open connection,
 * as the app's `ledger:read` is measured after the database is open (db:open is measured apart).
 * Unlike floor(), which is given the sheet ids, it pays for finding them, as the app must.
 */
export async function unitYearFloor(page: Page, unitId: string, year: number) {
  return page.evaluate(
    async ({ unitId, year }) => {
      const opening = performance.now()
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('perf-ledger')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const open = performance.now() - opening
      const start = performance.now()
      const tx = db.transaction(
        ['units', 'sheets', 'indicators', 'progress', 'spending', 'assessments'],
        'readonly',
      )
      const ask = <T>(req: IDBRequest) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result as T)
          req.onerror = () => reject(req.error)
        })
      type Row = Record<string, string>
      const unitsRead = ask<Row | undefined>(tx.objectStore('units').get(unitId)).then((unit) =>
        unit?.parentId ? ask<Row | undefined>(tx.objectStore('units').get(unit.parentId)) : undefined,
      )
      const sheets = await ask<Row[]>(tx.objectStore('sheets').index('[unitId+year]').getAll([unitId, year]))
      const perSheet = (store: string, index: string, key: (id: string) => IDBValidKey | IDBKeyRange) =>
        Promise.all(sheets.map((s) => ask<Row[]>(tx.objectStore(store).index(index).getAll(key(s.id!)))))
      const [, , progress, spending] = await Promise.all([
        unitsRead,
        perSheet('indicators', '[sheetId+order]', (id) => IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
        perSheet('progress', 'sheetId', (id) => id),
        perSheet('spending', '[sheetId+date]', (id) => IDBKeyRange.bound([id, ''], [id, '\uffff'])),
        perSheet('assessments', 'sheetId', (id) => id),
      ])
      const read = performance.now() - start
      const sumStart = performance.now()
      let sum = 0
      let rows = 0
      for (const list of progress)
        for (const row of list) {
          sum += Number(row.value)
          rows++
        }
      for (const list of spending)
        for (const row of list) {
          sum += Number(row.amount)
          rows++
        }
      const summed = performance.now() - sumStart
      db.close()
      return { open, read, sum: summed, rows, total: sum, sheets: sheets.length }
    },
    { unitId, year },
  )
}

/** Recompute after one new entry: from the click on 保存支出 until the budget summary shows the new total. */
export async function measureRecompute(entry: Page): Promise<number> {
  const summary = entry.locator('[data-testid="budget-summary"]')
  await summary.waitFor()
  await entry.getByLabel('金额（万元）').fill('1.23')
  await entry.evaluate(() => {
    const el = document.querySelector('[data-testid="budget-summary"]')!
    ;(window as unknown as { __bench: Record<string, unknown> }).__bench.watch = {
      selector: '[data-testid="budget-summary"]',
      before: el.textContent,
    }
  })
  await entry.getByRole('button', { name: '保存支出' }).click()
  const changedAt = await benchValue(entry, 'changedAt')
  const took = changedAt - (await benchValue(entry, 'clickAt'))
  await entry.close()
  return took
}

async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

export async function measureBrowser(
  plan: BrowserPlan,
  unitsOfYear: string[],
  log: (s: string) => void,
): Promise<BrowserFigures> {
  let context: BrowserContext | null = null
  removeProfiles()
  try {
    const imports: { inspect: number; write: number; total: number; floor: number }[] = []
    let kept: Awaited<ReturnType<typeof importOnce>> | null = null
    for (let r = 0; r < plan.importRuns; r++) {
      const run = await importOnce(plan)
      const floorMs = await importFloorInFreshContext(plan)
      imports.push({ ...run, floor: floorMs })
      log(
        `  import ${r + 1}/${plan.importRuns}: ${run.total} ms (preview ${run.inspect}, write ${run.write}; floor ${floorMs.toFixed(0)})`,
      )
      if (r < plan.importRuns - 1) await run.context.close()
      else kept = run
    }
    context = kept!.context
    const importPage = kept!.page
    const attachmentsWrite = await writeAttachments(importPage, plan.attachments)
    log(`  ${plan.attachments.length} attachments written in ${attachmentsWrite.toFixed(0)} ms`)
    await chooseUnit(importPage, plan.unit, plan.year)
    await importPage.close()

    const all = unitsOfYear
    const m: Record<string, number[]> = {}
    const add = (k: string, v: number) => (m[k] ??= []).push(v)
    let rows = { overview: 0, comparison: 0 }
    for (let r = 0; r < plan.runs; r++) {
      // A cold page load of the overview (new page, nothing cached in memory; IndexedDB on disk).
      const page = await openApp(context, plan, '/')
      add('overviewFirstRender', await benchValue(page, 'overviewAt'))
      if (process.env.BENCH_TRACE) log(await waterfall(page))
      add('overviewRead', await lastMeasure(page, 'ledger:read'))
      add('overviewScore', await lastMeasure(page, 'ledger:score'))
      add('heap', await usedHeapMb(page))
      // The all-unit comparison loads when its panel scrolls into view: scrolled there as soon as the
      // unit's figures are drawn; measured from the start of the page load to its last row.
      await page.evaluate(() => {
        ;(window as unknown as { __bench: Record<string, number> }).__bench.scrollAt = performance.now()
        document.querySelector('#overview-comparison')?.scrollIntoView()
      })
      add('comparisonRender', await benchValue(page, 'comparisonAt'))
      add('comparisonRead', await lastMeasure(page, 'comparison:read'))
      add('comparisonScore', await lastMeasure(page, 'comparison:score'))
      await page.close()
      // The floors, on a page of the same origin without the app (so nothing else reads meanwhile).
      const bare = await context.newPage()
      await bare.addInitScript({ content: 'window.__name = (f) => f' })
      await bare.goto(`${plan.base}/favicon.svg`)
      const f1 = await unitYearFloor(bare, plan.unit, plan.year)
      add('overviewFloorRead', f1.read)
      add('overviewFloorSum', f1.sum)
      const f2 = await digestFloor(bare, all)
      if (f2.missing) throw new Error(`${f2.missing} sheet digests missing after the comparison was drawn`)
      add('comparisonFloorRead', f2.read)
      add('comparisonFloorSum', f2.sum)
      // The floor before schema v2 (the same entries as rows), for the note's before/after.
      add('comparisonRowsFloorRead', (await floor(bare, all)).read)
      rows = { overview: f1.rows, comparison: f2.rows }
      await bare.close()

      add('recompute', await measureRecompute(await openApp(context, plan, '/entry?tab=spending')))
      log(
        `  run ${r + 1}/${plan.runs}: overview ${m.overviewFirstRender!.at(-1)!.toFixed(0)} ms, comparison ${m.comparisonRender!.at(-1)!.toFixed(0)} ms, recompute ${m.recompute!.at(-1)!.toFixed(1)} ms, heap ${m.heap!.at(-1)!.toFixed(1)} MB`,
      )
    }
    const s = (k: string) => stats(m[k]!)
    return {
      importTotal: stats(imports.map((i) => i.total)),
      importInspect: stats(imports.map((i) => i.inspect)),
      importWrite: stats(imports.map((i) => i.write)),
      importFloor: stats(imports.map((i) => i.floor)),
      attachmentsWrite,
      overviewFirstRender: s('overviewFirstRender'),
      overviewRead: s('overviewRead'),
      overviewScore: s('overviewScore'),
      overviewFloorRead: s('overviewFloorRead'),
      overviewFloorSum: s('overviewFloorSum'),
      comparisonRender: s('comparisonRender'),
      comparisonRead: s('comparisonRead'),
      comparisonScore: s('comparisonScore'),
      comparisonFloorRead: s('comparisonFloorRead'),
      comparisonFloorSum: s('comparisonFloorSum'),
      comparisonRowsFloorRead: s('comparisonRowsFloorRead'),
      recompute: s('recompute'),
      heapAfterOverviewMb: s('heap'),
      rows,
    }
  } finally {
    await context?.close()
    removeProfiles()
  }
}
