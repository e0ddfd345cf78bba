// The production build, served the way tests/e2e serve it (playwright.config.ts): built into a
// folder of its own and served by `vite preview` on a port of its own, so runs can share a machine.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

export interface Served {
  url: string
  stop: () => void
}

const VITE = 'node_modules/.bin/vite'

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** Builds once into node_modules/.legacy-build-<port> (unless SKIP_BUILD=1), then serves it on host:port. */
export async function serveBuild(port: number, host = '127.0.0.1'): Promise<Served> {
  const outDir = `node_modules/.legacy-build-${port}`
  if (!process.env.SKIP_BUILD) {
    const build = spawnSync(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      stdio: 'inherit',
    })
    if (build.status !== 0) throw new Error(`vite build failed (${build.status})`)
  }
  const child = spawn(
    VITE,
    ['preview', '--outDir', outDir, '--host', host, '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const url = `http://${host}:${port}`
  try {
    await waitFor(url, child, 60_000)
  } catch (e) {
    child.kill()
    throw e
  }
  return { url, stop: () => child.kill() }
}
