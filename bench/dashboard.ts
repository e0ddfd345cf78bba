// Dashboard benchmark in Chromium (issue 6): 200 units × 1,000 progress entries = 200,000 entries in
// IndexedDB, then (a) the overview of one unit, cold and after switching unit, and (b) the
// comparison of all units. Targets: overview ≤ 300 ms, comparison ≤ 1.5 s.
//
// Needs the built app served: npx vite build --outDir node_modules/.bench && \
//   npx vite preview --outDir node_modules/.bench --port 4290 --strictPort &
// then: npx tsx bench/dashboard.ts http://127.0.0.1:4290
// The rows are written straight into IndexedDB (one transaction, the db layer's row shapes) because
// going through the audited API for 200,000 rows would measure the writer, not the dashboard.
import { chromium, type Page } from '@playwright/test'

const BASE = process.argv[2] ?? 'http://127.0.0.1:4290'
const UNITS = 200
const ENTRIES_PER_UNIT = 1000
const RUNS = 5

async function seedBigDatabase(page: Page) {
  return page.evaluate(
    async ({ units, perUnit }) => {
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('perf-ledger')
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      const all = <T>(store: IDBObjectStore) =>
        new Promise<T[]>((resolve, reject) => {
          const req = store.getAll()
          req.onsuccess = () => resolve(req.result as T[])
          req.onerror = () => reject(req.error)
        })
      const db = await open()
      type Row = Record<string, unknown> & { id: string }
      const read = db.transaction(['sheets', 'indicators'], 'readonly')
      const sheets = await all<Row>(read.objectStore('sheets'))
      const indicators = await all<Row>(read.objectStore('indicators'))

      let seed = 20250101
      const random = () => {
        seed = (seed + 0x6d2b79f5) >>> 0
        let t = seed
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
      }
      const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
      const day = () => `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`
      const now = new Date().toISOString()
      const meta = { createdAt: now, updatedAt: now, updatedBy: 'bench', deletedAt: null }

      const tx = db.transaction(
        ['units', 'sheets', 'indicators', 'progress', 'spending', 'settings'],
        'readwrite',
      )
      for (let u = 0; u < units; u++) {
        const unitId = `u${String(u).padStart(3, '0')}`
        const parentId = u < 10 ? 'kz-fed' : `u${String(u % 10).padStart(3, '0')}`
        tx.objectStore('units').put({ id: unitId, unitId, name: `基层工会 ${unitId}`, parentId, ...meta })
        const countable: Row[] = []
        for (const sheet of sheets) {
          const sheetId = `${unitId}-${sheet.id}`
          tx.objectStore('sheets').put({ ...sheet, id: sheetId, unitId, ...meta })
          for (const ind of indicators.filter((i) => i.sheetId === sheet.id)) {
            const copy = { ...ind, id: `${unitId}-${ind.id}`, sheetId, unitId, ...meta }
            tx.objectStore('indicators').put(copy)
            const target = ind.target as { op: string } | null
            if (target && target.op !== 'qualitative') countable.push(copy)
          }
          for (let s = 0; s < 10; s++) {
            tx.objectStore('spending').put({
              id: `${sheetId}-x${s}`,
              sheetId,
              unitId,
              date: day(),
              amount: `${int(0, 9)}.${String(int(0, 99)).padStart(2, '0')}`,
              ...meta,
            })
          }
        }
        for (let e = 0; e < perUnit; e++) {
          const ind = countable[int(0, countable.length - 1)]!
          tx.objectStore('progress').put({
            id: `${unitId}-e${e}`,
            indicatorId: ind.id,
            sheetId: ind.sheetId,
            unitId,
            date: day(),
            value: String(int(1, 3)),
            ...meta,
          })
        }
      }
      tx.objectStore('settings').put({ key: 'currentUnitId', value: 'u000', unitId: null, ...meta })
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
      db.close()
      return { units, entries: units * perUnit }
    },
    { units: UNITS, perUnit: ENTRIES_PER_UNIT },
  )
}

/** The header's unit select (its selected label covers the input, so open it by keyboard). */
async function openUnitMenu(page: Page) {
  await page.getByRole('combobox', { name: '单位', exact: true }).focus()
  await page.keyboard.press('Enter')
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' })
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(); page.evaluate code needs it too.
  await page.addInitScript({ content: 'window.__name = (f) => f' })
  await page.goto(`${BASE}/#/targets`)
  await page.locator('[data-sheet="kz-2025-dept"]').first().waitFor()
  const t0 = Date.now()
  console.log('seeded', await seedBigDatabase(page), `in ${Date.now() - t0} ms`)

  const cold: number[] = []
  const switched: number[] = []
  const comparison: number[] = []
  // The unit the app opens on: the seeded setting, then whichever unit the last run switched to.
  let current = 'u000'
  for (let run = 0; run < RUNS; run++) {
    // (a1) Open the overview from another page of a freshly loaded app, until the unit's figures are on screen.
    await page.goto(`${BASE}/#/targets`)
    await page.reload()
    console.log(`run ${run + 1}: reloaded`)
    await page
      .locator(`[data-sheet="${current}-kz-2025-dept"]`)
      .first()
      .waitFor()
      .catch(async (e) => {
        await page.screenshot({ path: '/tmp/bench-dashboard-failure.png' })
        throw e
      })
    const start = Date.now()
    await page.getByRole('menuitem', { name: '概览' }).click()
    await page
      .locator(`.overview__summaries [data-sheet="${current}-kz-2025-dept"] [data-testid="sheet-score"]`)
      .waitFor()
    cold.push(Date.now() - start)
    // (b) The comparison of all units, which loads when its panel scrolls into view: until all 201 rows are drawn.
    const panel = page.locator('#overview-comparison')
    const comparisonStart = Date.now()
    await panel.scrollIntoViewIfNeeded()
    await page.locator('[data-testid="comparison-table"] tbody tr').nth(UNITS).waitFor()
    comparison.push(Date.now() - comparisonStart)

    // (a2) Switch to another unit in the header: until that unit's figures replace the old ones.
    const next = `u${String(100 + run).padStart(3, '0')}`
    await openUnitMenu(page)
    const option = page.getByRole('option', { name: `基层工会 ${next}` })
    await option.scrollIntoViewIfNeeded()
    const switchStart = Date.now()
    await option.click()
    await page
      .locator(`.overview__summaries [data-sheet="${next}-kz-2025-dept"] [data-testid="sheet-score"]`)
      .waitFor()
    switched.push(Date.now() - switchStart)
    current = next
    // Let the unit choice be saved before the next run reloads.
    await page.waitForTimeout(500)
  }
  console.log(`overview of one unit (navigate to 概览): median ${median(cold)} ms  runs ${cold.join(', ')}`)
  console.log(
    `overview after switching unit:          median ${median(switched)} ms  runs ${switched.join(', ')}`,
  )
  console.log(
    `comparison of ${UNITS + 1} units:                 median ${median(comparison)} ms  runs ${comparison.join(', ')}`,
  )
  await browser.close()
}

await main()
