// A TypeScript entry point as one plain JavaScript file under node_modules/.cache, rebuilt whenever
// any file it was built from changed. Starting Node on that file skips tsx, which costs a loader
// thread and a transpile of every source on each run (about 150 ms of the command line's second).
// Plain JavaScript on purpose: this is what runs before anything can be transpiled.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CACHE = join(ROOT, 'node_modules', '.cache', 'perf-ledger-cli')
/** Bump when the build options below change, so that older bundles are rebuilt. */
const RECIPE = 2

/**
 * The up-to-date bundle of `entry` (a path relative to the project root), building it if needed
 * or if `rebuild` is set.
 */
export async function freshBundle(entry, rebuild = false) {
  const name = entry.replace(/[^\w.-]+/g, '_').replace(/\.ts$/, '')
  const bundle = join(CACHE, `${name}.mjs`)
  const manifest = join(CACHE, `${name}.inputs.json`)
  if (!rebuild && isFresh(bundle, manifest, entry)) return bundle
  await build(entry, bundle, manifest)
  return bundle
}

/** Every input (sources and the packages they use) still has the size and time recorded at build. */
function isFresh(bundle, manifest, entry) {
  let recorded
  try {
    recorded = JSON.parse(readFileSync(manifest, 'utf8'))
    statSync(bundle)
  } catch {
    return false
  }
  if (recorded.recipe !== RECIPE || recorded.entry !== entry) return false
  for (const [file, { size, mtimeMs }] of Object.entries(recorded.inputs)) {
    let stat
    try {
      stat = statSync(join(ROOT, file))
    } catch {
      return false
    }
    if (stat.size !== size || stat.mtimeMs !== mtimeMs) return false
  }
  return true
}

async function build(entry, bundle, manifest) {
  const { build: esbuild } = await import('esbuild')
  const started = Date.now()
  const tmp = `${bundle}.${process.pid}.tmp`
  mkdirSync(dirname(bundle), { recursive: true })
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    // The file readers' libraries are loaded from node_modules when a file needs them, not bundled;
    // the "?url" worker import is the app's (Vite) and never runs in Node.
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'exceljs', 'jszip', '*?url'],
  })
  const inputs = {}
  for (const file of Object.keys(result.metafile.inputs)) {
    const stat = statSync(join(ROOT, file))
    // A file saved while the build ran may or may not be in the bundle: record it as changed.
    const mtimeMs = stat.mtimeMs >= started - 1000 ? -1 : stat.mtimeMs
    inputs[file] = { size: stat.size, mtimeMs }
  }
  renameSync(tmp, bundle)
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ recipe: RECIPE, entry, inputs }))
  renameSync(`${manifest}.${process.pid}.tmp`, manifest)
}
