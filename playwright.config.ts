import { defineConfig } from '@playwright/test'

// Debian's Chromium: Playwright's own browser download cannot be reached from these machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// PW_PORT lets several runs share a machine: each builds into its own folder and serves on its own port.
const port = Number(process.env.PW_PORT ?? 4173)
const outDir = `node_modules/.e2e-build-${port}`

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
  webServer: {
    // The typecheck runs on its own in CI (npm run typecheck); here only the bundle is built.
    command: `vite build --outDir ${outDir} --emptyOutDir && vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
