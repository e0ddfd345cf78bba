// First-load JavaScript and CSS of the built app: every script, modulepreload and stylesheet that
// dist/index.html names (what a cold visit downloads before the first route renders), gzip-compressed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFigures {
  jsGzip: number
  cssGzip: number
  files: { path: string; kind: 'js' | 'css'; raw: number; gzip: number }[]
}

export function measureBundle(distDir: string): BundleFigures {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const refs = new Map<string, 'js' | 'css'>()
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if (!src || /^https?:/.test(src)) continue
    if (tag.startsWith('<script') && /type="module"/.test(tag)) refs.set(src, 'js')
    else if (/rel="modulepreload"/.test(tag)) refs.set(src, 'js')
    else if (/rel="stylesheet"/.test(tag)) refs.set(src, 'css')
  }
  const files = [...refs].map(([src, kind]) => {
    const bytes = readFileSync(join(distDir, src.replace(/^\.?\//, '')))
    return { path: src, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  const sum = (kind: 'js' | 'css') => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0)
  return { jsGzip: sum('js'), cssGzip: sum('css'), files }
}
