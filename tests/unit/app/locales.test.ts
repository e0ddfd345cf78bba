import { describe, expect, it } from 'vitest'

type Tree = { [key: string]: string | Tree }
import { readdirSync, readFileSync } from 'node:fs'

/** The message files as the app merges them: one top-level group per file. */
function load(locale: string): Tree {
  const dir = `src/locales/${locale}`
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]),
  )
}
const zhCN = load('zh-CN')
const enUS = load('en-US')

function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  )
}

function unsortedGroups(tree: Tree, prefix = ''): string[] {
  const keys = Object.keys(tree)
  const here = keys.join() === [...keys].sort().join() ? [] : [prefix || '(root)']
  return here.concat(
    ...Object.entries(tree).map(([key, value]) =>
      typeof value === 'string' ? [] : unsortedGroups(value, `${prefix}${key}.`),
    ),
  )
}

describe('locale files', () => {
  it('zh-CN and en-US have the same files', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort())
  })

  it('zh-CN and en-US have exactly the same keys', () => {
    expect(keyPaths(enUS as Tree)).toEqual(keyPaths(zhCN as Tree))
  })

  it('keys are sorted within every group, so both files diff cleanly', () => {
    // Files are read in directory order; only the keys inside each file must be sorted.
    for (const tree of [zhCN, enUS])
      for (const [file, content] of Object.entries(tree)) {
        expect(unsortedGroups(content as Tree, `${file}.`)).toEqual([])
      }
  })

  it('no message is empty', () => {
    const empty = (tree: Tree) =>
      keyPaths(tree).filter(
        (path) => path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) === '',
      )
    expect(empty(zhCN as Tree)).toEqual([])
    expect(empty(enUS as Tree)).toEqual([])
  })
})
