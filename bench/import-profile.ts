// Focused harness for the import (issue 9, part "import"): builds the app into its own folder, serves
// it, and imports the provincial exchange files through the Data page the way browser-measures.ts
// importOnce does, printing the preview and write time of each file, the app's own performance
// measures (import:*), and optionally a CPU profile (IMPORT_PROFILE=1 → bench/results/import-*.cpuprofile).
// Options: BENCH_PORT (4391), IMPORT_RUNS (1), IMPORT_SKIP_BUILD=1, IMPORT_FILES (comma-separated paths),
// IMPORT_FLOOR=1 (also a raw IndexedDB bulk put of the same rows, one transaction, no library),
// IMPORT_OUT_DIR (serve another build, e.g. of the previous commit, with IMPORT_SKIP_BUILD=1).
import type { ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium, type Page } from '@playwright/test'
import { importFloor } from './import-floor'
import { buildInto, servePreview, stopPreview } from './preview-server'

const PORT = Number(process.env.BENCH_PORT ?? 4391)
const BASE = `http://127.0.0.1:${PORT}`
const OUT_DIR = process.env.IMPORT_OUT_DIR ?? `node_modules/.bench-import-${PORT}`
const RUNS = Number(process.env.IMPORT_RUNS ?? 1)
const FILES = (
  process.env.IMPORT_FILES ??
  'bench/results/provincial-20250101-2024.json,bench/results/provincial-20250101-2025.json'
).split(',')

const log = (s: string) => console.log(`[import-profile] ${s}`)

async function serve(): Promise<ChildProcess> {
  if (!process.env.IMPORT_SKIP_BUILD) {
    log(`building into ${OUT_DIR} …`)
    buildInto(OUT_DIR)
  }
  return servePreview(OUT_DIR, PORT)
}

async function measures(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {}
    for (const m of performance.getEntriesByType('measure')) {
      if (m.name.startsWith('import')) out[m.name] = Math.round((out[m.name] ?? 0) + m.duration)
    }
    performance.clearMeasures()
    return out
  })
}

async function main() {
  const server = await serve()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  })
  const totals: number[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } })
      const page = await context.newPage()
      await page.addInitScript({ content: 'window.__name = (f) => f' })
      await page.goto(`${BASE}/#/data`)
      const input = page.locator('input[type="file"][aria-label="选择交换文件…"]')
      await input.waitFor({ state: 'attached' })
      await page.getByText('克孜勒苏柯尔克孜自治州总工会').first().waitFor()
      const cdp = process.env.IMPORT_PROFILE ? await context.newCDPSession(page) : null
      if (cdp) {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
        await cdp.send('Profiler.start')
      }
      let total = 0
      for (const file of FILES) {
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
        const written = Date.now()
        total += written - start
        log(
          `run ${run + 1} ${file.split('/').pop()}: preview ${inspected - start} ms, write ${written - inspected} ms; ` +
            JSON.stringify(await measures(page)),
        )
        await done.waitFor({ state: 'detached', timeout: 30_000 })
      }
      totals.push(total)
      log(`run ${run + 1}: both files ${total} ms`)
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop')
        const out = `bench/results/import-${Date.now()}.cpuprofile`
        writeFileSync(out, JSON.stringify(profile))
        log(`CPU profile → ${out}`)
      }
      if (process.env.IMPORT_FLOOR) {
        for (const file of FILES)
          log(`floor ${file.split('/').pop()}: raw put ${Math.round(await importFloor(page, file))} ms`)
      }
      await context.close()
    }
    const sorted = [...totals].sort((a, b) => a - b)
    log(
      `both files: median ${sorted[Math.floor(sorted.length / 2)]} ms, min ${sorted[0]}, max ${sorted.at(-1)} (${RUNS} runs)`,
    )
  } finally {
    await browser.close()
    stopPreview(server)
  }
}

void main()
