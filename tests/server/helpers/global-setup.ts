// Gives the server tests a PostgreSQL superuser URL: PL_TEST_DATABASE_URL when set (npm test starts
// a cluster and sets it), else a throwaway cluster on a free loopback port, stopped afterwards.
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export default async function setup(project: TestProject): Promise<(() => void) | void> {
  const given = process.env.PL_TEST_DATABASE_URL
  if (given) {
    project.provide('pgUrl', given)
    return
  }
  const port = String(await freePort())
  const out = execFileSync('bash', ['scripts/pg-throwaway.sh', 'start', port], { encoding: 'utf8' })
  const url = /DATABASE_URL=(\S+)/.exec(out)?.[1]
  if (!url) throw new Error(`no cluster: ${out}`)
  project.provide('pgUrl', url)
  return () => {
    execFileSync('bash', ['scripts/pg-throwaway.sh', 'stop', port])
  }
}
