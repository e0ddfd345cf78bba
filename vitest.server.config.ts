import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// The unit server's tests: against a real PostgreSQL cluster (PL_TEST_DATABASE_URL, or a throwaway
// one started by the global setup), one database per test file, through the HTTP API.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/server/helpers/global-setup.ts'],
    // One file at a time: the machine is small and every file creates its own database.
    fileParallelism: false,
    testTimeout: 30000,
    hookTimeout: 60000,
  },
})
