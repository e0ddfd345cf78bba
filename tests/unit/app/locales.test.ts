import { describe, expect, it } from 'vitest'
import enUS from '@/locales/en-US.json'
import zhCN from '@/locales/zh-CN.json'

type Tree = { [key: string]: string | Tree }

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
  it('zh-CN and en-US have exactly the same keys', () => {
    expect(keyPaths(enUS as Tree)).toEqual(keyPaths(zhCN as Tree))
  })

  it('keys are sorted within every group, so both files diff cleanly', () => {
    expect(unsortedGroups(zhCN as Tree)).toEqual([])
    expect(unsortedGroups(enUS as Tree)).toEqual([])
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
