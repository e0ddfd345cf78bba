// A real Chromium 86 (HeadlessChrome 86.0.4240), the engine of 360/QQ dual-core browsers: the
// registry package chrome-aws-lambda 5.3.1 ships it for Linux x64 as a brotli file. It is unpacked
// once into node_modules/.cache (its own launcher only unpacks on AWS Lambda, into /tmp).
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'

const require = createRequire(import.meta.url)

export function chromium86Path(): string {
  const pkgDir = dirname(require.resolve('chrome-aws-lambda/package.json'))
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string })
    .version
  const dir = join('node_modules', '.cache', `chromium-86-${version}`)
  const binary = join(dir, 'chromium')
  if (existsSync(binary)) return binary
  mkdirSync(dir, { recursive: true })
  // Written under another name first: a run stopped halfway leaves no broken binary behind.
  const partial = `${binary}.partial`
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(pkgDir, 'bin', 'chromium.br'))))
  chmodSync(partial, 0o755)
  renameSync(partial, binary)
  return binary
}

/** As root on Debian: no sandbox; no GPU (its SwiftShader is not unpacked); /dev/shm is small in containers. */
export const CHROMIUM_86_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--lang=zh-CN',
]
