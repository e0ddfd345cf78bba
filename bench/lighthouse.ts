// Lighthouse 12.8 (desktop preset) on the built app, through its own command line as the issue asks:
// npx lighthouse with CHROME_PATH=/usr/bin/chromium and a headless Chromium.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface LighthouseFigures {
  performance: number
  accessibility: number
  bestPractices: number
  /** Audits that lost points, for the report. */
  failing: { category: string; id: string; title: string }[]
}

export function runLighthouse(url: string): LighthouseFigures {
  const out = join(mkdtempSync(join(tmpdir(), 'pl-lighthouse-')), 'report.json')
  const run = spawnSync(
    'npx',
    [
      '--no-install',
      'lighthouse',
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180_000 },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed (${run.status}): ${run.stderr.slice(-800)}`)
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>
    audits: Record<string, { score: number | null; title: string }>
  }
  const failing: LighthouseFigures['failing'] = []
  for (const [category, c] of Object.entries(lhr.categories))
    for (const ref of c.auditRefs) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push({ category, id: ref.id, title: audit.title })
    }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    failing,
  }
}
