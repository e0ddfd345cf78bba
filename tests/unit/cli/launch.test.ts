// `npm run ledger` starts plain Node on a bundle of the command line (src/cli/launch.mjs); it must
// behave exactly as the TypeScript source does, and never run a bundle older than its sources.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { freshBundle } from '../../../src/cli/bundle.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const fixture = (name: string) => `tests/unit/cli/fixtures/${name}`

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run ledger (the bundled command line)', () => {
  it.each([
    [['score', fixture('good.json'), '--as-of', '2025-06-30', '--json']],
    [['score', fixture('good.json')]],
    [['score', fixture('errors.json')]],
    [['validate', fixture('errors.json')]],
    [['validate', fixture('not-json.json')]],
    [['parse', fixture('seed-tables.txt')]],
    [['score', fixture('missing.json')]],
    [['frobnicate']],
  ])('%j: the same output and exit status as the TypeScript source', (args) => {
    const viaNpm = run('npm', ['run', '--silent', 'ledger', '--', ...args])
    const fromSource = run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args])
    expect(viaNpm).toEqual(fromSource)
    expect(viaNpm.stdout.length + viaNpm.stderr.length).toBeGreaterThan(0)
  })
})

describe('freshBundle', () => {
  // A throw-away entry inside the project, so that its inputs are recorded like the real ones.
  const dir = join(ROOT, 'node_modules/.cache/perf-ledger-cli-test')
  const entry = 'node_modules/.cache/perf-ledger-cli-test/entry.ts'
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text)
  const runBundle = async (rebuild = false) => {
    const bundle = await freshBundle(entry, rebuild)
    return { bundle, out: run(process.execPath, [bundle]).stdout, mtime: statSync(bundle).mtimeMs }
  }

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    for (const suffix of ['.mjs', '.inputs.json']) {
      const name = `${entry.replace(/[^\w.-]+/g, '_').replace(/\.ts$/, '')}${suffix}`
      rmSync(join(ROOT, 'node_modules/.cache/perf-ledger-cli', name), { force: true })
    }
  })

  it('rebuilds when a file the entry imports changes, even to the same size, and only then', async () => {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    write('entry.ts', "import { word } from './dep'\nconst n: number = 1\nconsole.log(word, n)\n")
    write('dep.ts', "export const word: string = 'alpha'\n")
    // Files saved just before a build are recorded as changed (a coarse clock may hide an edit), so
    // the sources here are dated a minute back, as if written earlier.
    const past = (name: string) =>
      utimesSync(join(dir, name), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    past('entry.ts')
    past('dep.ts')

    const first = await runBundle()
    expect(first.out).toBe('alpha 1\n')
    expect(first.bundle.startsWith(join(ROOT, 'node_modules/.cache/perf-ledger-cli'))).toBe(true)

    const again = await runBundle()
    expect(again.mtime).toBe(first.mtime) // nothing changed: the same bundle, not rebuilt

    write('dep.ts', "export const word: string = 'gamma'\n") // same size, new time
    expect(readFileSync(join(dir, 'dep.ts'), 'utf8').length).toBe(
      "export const word: string = 'alpha'\n".length,
    )
    const edited = await runBundle()
    expect(edited.out).toBe('gamma 1\n')

    past('dep.ts')
    write('entry.ts', "import { word } from './dep'\nconst n: number = 22\nconsole.log(word, n)\n")
    past('entry.ts')
    expect((await runBundle()).out).toBe('gamma 22\n')
  })

  it('rebuilds when the bundle itself is gone', async () => {
    const { bundle } = await runBundle()
    rmSync(bundle)
    const { out } = await runBundle()
    expect(out).toBe('gamma 22\n')
  })
})
