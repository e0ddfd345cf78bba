// `vite preview` of a built folder on 127.0.0.1:<port>, for the benchmark and its focused harnesses.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'

/** Builds the app into `outDir` (throws with vite's last output when the build fails). */
export function buildInto(outDir: string): void {
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`vite build failed: ${run.stderr.slice(-1000)}`)
}

/** Serves `outDir` and resolves once it answers; stop it with `process.kill(-server.pid)`. */
export async function servePreview(outDir: string, port: number): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not start on ${base}`)
}

/** Stops a server from servePreview; one already gone is fine. */
export function stopPreview(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e
  }
}
