// npm run bench: the provincial-scale benchmark (issue 9). Generates the data from a seed, builds the
// app, serves it, and measures in Node and in Debian Chromium; prints a table and writes
// bench/results/bench-<time>.json. Options (environment): BENCH_SEED (default 20250101), BENCH_RUNS
// (default 5), BENCH_IMPORT_RUNS (default 3), BENCH_PORT (default 4289), BENCH_SKIP=lighthouse,browser,node,province,build.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { measureBrowser, type BrowserFigures } from './browser-measures'
import { buildInto, servePreview, stopPreview } from './preview-server'
import { measureBundle, type BundleFigures } from './bundle-size'
import { runLighthouse, type LighthouseFigures } from './lighthouse'
import { measureNode, type NodeFigures } from './node-measures'
import { measureProvince, type ProvinceFigures } from './province-measures'
import { exchangeText, generateProvincialData, SCALE, splitByYear, unitId } from './provincial-data'
import type { Stats } from './stats'

const SEED = Number(process.env.BENCH_SEED ?? 20250101)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3)
const PORT = Number(process.env.BENCH_PORT ?? 4289)
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean))
const OUT_DIR = `node_modules/.bench-${PORT}`
const BASE = `http://127.0.0.1:${PORT}`
const RESULTS = 'bench/results'

const log = (s: string) => process.stdout.write(`${s}\n`)

function generate() {
  const start = performance.now()
  const data = generateProvincialData(SEED)
  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, `provincial-${SEED}.json`)
  const text = exchangeText(data.pkg)
  writeFileSync(file, text)
  const files = splitByYear(data.pkg).map(({ year, pkg }) => {
    const path = join(RESULTS, `provincial-${SEED}-${year}.json`)
    writeFileSync(path, exchangeText(pkg))
    return path
  })
  log(
    `data (seed ${SEED}): ${data.pkg.units.length} units, ${data.pkg.sheets.length} sheets, ` +
      `${data.pkg.sheets.reduce((n, s) => n + s.indicators.length, 0)} indicators, ${data.pkg.progress.length} progress, ` +
      `${data.pkg.spending.length} spending, ${data.attachments.length} attachments; file ${(text.length / 1e6).toFixed(1)} MB ` +
      `in ${(performance.now() - start).toFixed(0)} ms`,
  )
  return { ...data, file, files }
}

function build() {
  if (SKIP.has('build')) return
  log(`building into ${OUT_DIR} …`)
  buildInto(OUT_DIR)
}

const serve = () => servePreview(OUT_DIR, PORT)

interface Row {
  measure: string
  figure: string
  floor: string
  ratio: string
  budget: string
  met: string
}

const ms = (s: Stats) =>
  `${s.median.toFixed(s.median < 100 ? 1 : 0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'yes' : 'NO')

function rows(
  node: NodeFigures | null,
  province: ProvinceFigures | null,
  browser: BrowserFigures | null,
  bundle: BundleFigures,
  lh: LighthouseFigures | string | null,
): Row[] {
  const out: Row[] = []
  if (browser) {
    const b = browser
    const ovFloor = b.overviewFloorRead.median + b.overviewFloorSum.median
    const ovData = b.overviewRead.median + b.overviewScore.median
    const cmpFloor = b.comparisonFloorRead.median + b.comparisonFloorSum.median
    out.push(
      {
        measure: 'import (Data page: preview + write)',
        figure: ms(b.importTotal),
        floor: ms(b.importFloor),
        ratio: (b.importTotal.median / b.importFloor.median).toFixed(2),
        budget: '≤ 1.2× floor',
        met: verdict(b.importTotal.median <= 1.2 * b.importFloor.median),
      },
      {
        measure: '  of which preview (read, plan, rehearse)',
        figure: ms(b.importInspect),
        floor: '',
        ratio: '',
        budget: '',
        met: '',
      },
      {
        measure: '  of which write (confirm → done)',
        figure: ms(b.importWrite),
        floor: '',
        ratio: '',
        budget: '',
        met: '',
      },
      {
        measure: 'overview of one unit, first render (cold load)',
        figure: ms(b.overviewFirstRender),
        floor: `${ovFloor.toFixed(1)} ms`,
        ratio: (b.overviewFirstRender.median / ovFloor).toFixed(1),
        budget: '≤ 300 ms',
        met: verdict(b.overviewFirstRender.median <= 300),
      },
      {
        measure: '  its data: read + score',
        figure: `${ovData.toFixed(1)} ms`,
        floor: `${ovFloor.toFixed(1)} ms`,
        ratio: (ovData / ovFloor).toFixed(2),
        budget: '≤ 2× floor',
        met: verdict(ovData <= 2 * ovFloor),
      },
      {
        measure: '    read (app) / raw getAll',
        figure: ms(b.overviewRead),
        floor: ms(b.overviewFloorRead),
        ratio: (b.overviewRead.median / b.overviewFloorRead.median).toFixed(2),
        budget: '',
        met: '',
      },
      {
        measure: '    score (engine) / plain sum loop',
        figure: ms(b.overviewScore),
        floor: ms(b.overviewFloorSum),
        ratio: (b.overviewScore.median / Math.max(b.overviewFloorSum.median, 0.1)).toFixed(1),
        budget: '',
        met: '',
      },
      {
        measure: 'all-unit comparison, all rows (cold load)',
        figure: ms(b.comparisonRender),
        floor: `${cmpFloor.toFixed(0)} ms`,
        ratio: (b.comparisonRender.median / cmpFloor).toFixed(2),
        budget: '≤ 500 ms',
        met: verdict(b.comparisonRender.median <= 500),
      },
      {
        measure: '    read (app) / raw read of indicators + sheet digests',
        figure: ms(b.comparisonRead),
        floor: ms(b.comparisonFloorRead),
        ratio: (b.comparisonRead.median / b.comparisonFloorRead.median).toFixed(2),
        budget: '',
        met: '',
      },
      {
        measure: '    (raw read of the same entries as rows, the read before schema v2)',
        figure: '',
        floor: ms(b.comparisonRowsFloorRead),
        ratio: '',
        budget: '',
        met: '',
      },
      {
        measure: '    score (engine) / plain sum loop',
        figure: ms(b.comparisonScore),
        floor: ms(b.comparisonFloorSum),
        ratio: (b.comparisonScore.median / Math.max(b.comparisonFloorSum.median, 0.1)).toFixed(1),
        budget: '',
        met: '',
      },
      {
        measure: 'recompute after one new entry (click → figure)',
        figure: ms(b.recompute),
        floor: '',
        ratio: '',
        budget: '≤ 30 ms',
        met: verdict(b.recompute.median <= 30),
      },
      {
        measure: 'JS heap after the overview (after GC)',
        figure: `${b.heapAfterOverviewMb.median.toFixed(1)} MB (${b.heapAfterOverviewMb.min.toFixed(1)}–${b.heapAfterOverviewMb.max.toFixed(1)})`,
        floor: '',
        ratio: '',
        budget: '≤ 150 MB',
        met: verdict(b.heapAfterOverviewMb.median <= 150),
      },
    )
  }
  if (node) {
    out.push(
      {
        measure: 'CLI: score the whole file (process)',
        figure: ms(node.cli),
        floor: ms(node.cliFloor),
        ratio: (node.cli.median / node.cliFloor.median).toFixed(2),
        budget: '≤ 1.5× floor',
        met: verdict(node.cli.median <= 1.5 * node.cliFloor.median),
      },
      {
        measure: '  scorePackage in process / exact sum loop',
        figure: ms(node.scoreInProcess),
        floor: ms(node.sumInProcess),
        ratio: (node.scoreInProcess.median / node.sumInProcess.median).toFixed(1),
        budget: '≤ 3× floor',
        met: verdict(node.scoreInProcess.median <= 3 * node.sumInProcess.median),
      },
    )
  }
  if (province) {
    const p = province
    out.push(
      {
        measure: `province (${p.units} units): comparison scoring / exact sum loop`,
        figure: ms(p.comparisonScore),
        floor: ms(p.sumFloor),
        ratio: (p.comparisonScore.median / p.sumFloor.median).toFixed(1),
        budget: '',
        met: '',
      },
      {
        measure: '  the same through the decimal.js path alone (before)',
        figure: ms(p.comparisonScoreDecimal),
        floor: ms(p.sumFloor),
        ratio: (p.comparisonScoreDecimal.median / p.sumFloor.median).toFixed(1),
        budget: '',
        met: '',
      },
      {
        measure: '  first slice of the page (60 units) scored',
        figure: ms(p.firstSliceScore),
        floor: '',
        ratio: '',
        budget: '',
        met: '',
      },
      {
        measure: '  two worker threads (started) / one thread',
        figure: ms(p.pool2),
        floor: ms(p.comparisonScore),
        ratio: (p.pool2.median / p.comparisonScore.median).toFixed(2),
        budget: 'a pool only if < 1',
        met: p.pool2.median < p.comparisonScore.median ? 'pays' : 'loses',
      },
      {
        measure: '  starting two worker threads',
        figure: ms(p.poolStart),
        floor: '',
        ratio: '',
        budget: '',
        met: '',
      },
      {
        measure: '  CLI: score the province file (process)',
        figure: ms(p.cli),
        floor: ms(p.cliFloor),
        ratio: (p.cli.median / p.cliFloor.median).toFixed(2),
        budget: '≤ 1.5× floor',
        met: verdict(p.cli.median <= 1.5 * p.cliFloor.median),
      },
    )
  }
  out.push(
    {
      measure: 'first-load JS (gzip)',
      figure: `${(bundle.jsGzip / 1024).toFixed(1)} KB`,
      floor: '',
      ratio: '',
      budget: '≤ 200 KB',
      met: verdict(bundle.jsGzip <= 200 * 1024),
    },
    {
      measure: 'first-load CSS (gzip)',
      figure: `${(bundle.cssGzip / 1024).toFixed(1)} KB`,
      floor: '',
      ratio: '',
      budget: '',
      met: '',
    },
  )
  if (typeof lh === 'string')
    out.push({ measure: 'Lighthouse', figure: lh, floor: '', ratio: '', budget: '≥ 95', met: 'NO' })
  else if (lh)
    for (const [name, v] of [
      ['performance', lh.performance],
      ['accessibility', lh.accessibility],
      ['best practices', lh.bestPractices],
    ] as const)
      out.push({
        measure: `Lighthouse desktop: ${name}`,
        figure: String(v),
        floor: '',
        ratio: '',
        budget: '≥ 95',
        met: verdict(v >= 95),
      })
  return out
}

function table(list: Row[]): string {
  const head: Row = {
    measure: 'measure',
    figure: 'median (min–max)',
    floor: 'floor',
    ratio: 'ratio',
    budget: 'budget',
    met: 'met',
  }
  const keys = Object.keys(head) as (keyof Row)[]
  const width = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  const w = keys.map((k) => Math.max(...[head, ...list].map((r) => width(r[k]))))
  const line = (r: Row) => keys.map((k, i) => r[k] + ' '.repeat(w[i]! - width(r[k]))).join(' | ')
  return [line(head), w.map((n) => '-'.repeat(n)).join('-|-'), ...list.map(line)].join('\n')
}

async function main() {
  const data = generate()
  build()
  const bundle = measureBundle(OUT_DIR)
  log(
    `first-load: JS ${(bundle.jsGzip / 1024).toFixed(1)} KB gzip, CSS ${(bundle.cssGzip / 1024).toFixed(1)} KB gzip (${bundle.files.length} files)`,
  )

  let node: NodeFigures | null = null
  if (!SKIP.has('node')) {
    log('node: CLI scoring …')
    node = measureNode(data.file, data.pkg, RUNS)
  }

  let province: ProvinceFigures | null = null
  if (!SKIP.has('province')) {
    log('node: the province (2,000 units) …')
    province = await measureProvince(SEED, RUNS, RESULTS)
  }

  const server = await serve()
  let lh: LighthouseFigures | string | null = null
  let browser: BrowserFigures | null = null
  try {
    if (!SKIP.has('lighthouse')) {
      log('lighthouse (desktop) …')
      try {
        lh = runLighthouse(`${BASE}/`)
        if (lh.failing.length)
          log(`  audits losing points: ${lh.failing.map((f) => `${f.category}/${f.id}`).join(', ')}`)
      } catch (e) {
        lh = `failed: ${(e as Error).message.slice(0, 200)}`
      }
    }
    if (!SKIP.has('browser')) {
      log('chromium …')
      const year = SCALE.years[SCALE.years.length - 1]!
      const sheetsOfYear = data.pkg.sheets.filter((s) => s.year === year).map((s) => s.id)
      browser = await measureBrowser(
        {
          base: BASE,
          files: data.files,
          attachments: data.attachments,
          importRuns: IMPORT_RUNS,
          runs: RUNS,
          unit: unitId(0),
          year,
          // Every generated unit has sheets in that year; the built-in prefecture union too.
          comparisonRows: SCALE.units + 1,
        },
        sheetsOfYear,
        log,
      )
    }
  } finally {
    stopPreview(server)
  }

  const list = rows(node, province, browser, bundle, lh)
  log(`\n${table(list)}`)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const json = join(RESULTS, `bench-${stamp}.json`)
  writeFileSync(
    json,
    JSON.stringify(
      {
        seed: SEED,
        runs: RUNS,
        importRuns: IMPORT_RUNS,
        scale: SCALE,
        at: new Date().toISOString(),
        node,
        province,
        browser,
        bundle,
        lighthouse: lh,
        table: list,
      },
      null,
      2,
    ),
  )
  log(`\nwritten ${json}`)
}

await main()
