import { defineConfig } from '@playwright/test'

// Debian's Chromium: Playwright's own browser download cannot be reached from these machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// PW_PORT lets several runs share a machine: each builds into its own folder and serves on its own port.
const port = Number(process.env.PW_PORT ?? 4173)
const outDir = `node_modules/.e2e-build-${port}`
// The sync tests (tests/e2e/sync-*.spec.ts) need the unit server, on a port of its own (and the
// next port for its reset control), against PostgreSQL at PL_TEST_DATABASE_URL; without one they
// skip, saying so (npm test always starts one).
const syncPort = Number(process.env.PW_SYNC_PORT ?? 4273)
process.env.PW_SYNC_PORT = String(syncPort)
const withServer = Boolean(process.env.PL_TEST_DATABASE_URL)
if (!withServer && !process.env.TEST_WORKER_INDEX)
  console.warn('tests/e2e/sync-*.spec.ts are skipped: PL_TEST_DATABASE_URL is not set (npm test sets it).')

export default defineConfig({
  // SHOTS=1 runs the screenshot scripts (docs/screenshots) instead of the tests.
  testDir: process.env.SHOTS ? 'scripts/screenshots' : 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // The typecheck runs on its own in CI (npm run typecheck); here only the bundle is built.
      command: `vite build --outDir ${outDir} --emptyOutDir && vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    // Started after the first, so the bundle it serves is built.
    ...(withServer
      ? [
          {
            command: `node --import tsx tests/e2e/sync-server.ts ${outDir}`,
            url: `http://127.0.0.1:${syncPort}/api/health`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
})
