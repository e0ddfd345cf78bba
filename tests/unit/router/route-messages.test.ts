// Every message group a page's code uses is either in the shell (first load) or in its route's
// meta.messages; a missing one would show raw keys on that page. Found by reading the source: the
// files each page imports (statically or on demand), and the message keys written in them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHELL_GROUPS } from '@/i18n/messages'

type Tree = { [key: string]: string | Tree }
const zhCN: Tree = Object.fromEntries(
  readdirSync('src/locales/zh-CN').map((f) => [
    f.replace(/\.json$/, ''),
    JSON.parse(readFileSync(`src/locales/zh-CN/${f}`, 'utf8')),
  ]),
)

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join('src', spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null
  if (!base) return null
  for (const c of [base, `${base}.ts`, `${base}.vue`, `${base}/index.ts`])
    if (existsSync(c) && statSync(c).isFile()) return c
  return null
}

/** The source files `entry` reaches; the router is not followed (its pages are separate). */
function reach(entry: string): string[] {
  const seen = new Set<string>()
  const todo = [entry]
  while (todo.length) {
    const file = todo.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    if (!/\.(ts|vue)$/.test(file) || /src[\\/]router[\\/]/.test(file)) continue
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(?\s*)['"]([^'"]+)['"]/g)) {
      const next = resolveImport(file, m[1]!)
      if (next) todo.push(next)
    }
  }
  return [...seen]
}

const isKey = (path: string[]) =>
  path.reduce<Tree | string | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), zhCN) !==
  undefined

/** Groups whose keys appear in the files: whole keys that exist, or `group.…${…}` templates. */
function groupsUsed(files: string[]): string[] {
  const used = new Set<string>()
  for (const file of files.filter((f) => /\.(ts|vue)$/.test(f))) {
    const src = readFileSync(file, 'utf8')
    for (const m of src.matchAll(/['"`]([a-zA-Z]+)\.([\w.]*)(['"`]|\$\{)/g)) {
      const group = m[1]!
      if (!(group in zhCN)) continue
      if (m[3] === '${' || isKey([group, ...m[2]!.split('.').filter(Boolean)])) used.add(group)
    }
  }
  return [...used].sort()
}

const routerSource = readFileSync('src/router/index.ts', 'utf8')
// Each route record: its component import and its meta.messages, in source order.
const routes = [
  ...routerSource.matchAll(
    /import\('(@\/views\/[^']+)'\)[^}]*?meta: \{([^}]*)\}|import\('(@\/views\/[^']+)'\)/g,
  ),
].map((m) => ({
  view: (m[1] ?? m[3])!,
  messages: [...(/messages: \[([^\]]*)\]/.exec(m[2] ?? '')?.[1] ?? '').matchAll(/'(\w+)'/g)].map(
    (g) => g[1]!,
  ),
}))

describe('message groups per route', () => {
  it('the shell (everything main.ts reaches outside the router) needs only the shell groups', () => {
    const missing = groupsUsed(reach('src/main.ts')).filter((g) => !SHELL_GROUPS.includes(g))
    expect(missing).toEqual([])
  })

  it('reads the routes (a check that the test sees them)', () => {
    expect(routes.length).toBe(17)
    expect(routes[0]).toEqual({
      view: '@/views/overview/OverviewView.vue',
      messages: ['overview', 'targets', 'todo', 'monitor', 'unsaved', 'integrity'],
    })
  })

  it.each(routes)('$view declares every group it uses beyond the shell', ({ view, messages }) => {
    const file = resolveImport('src/x.ts', view)!
    const missing = groupsUsed(reach(file)).filter((g) => !SHELL_GROUPS.includes(g) && !messages.includes(g))
    expect(missing).toEqual([])
  })
})
