import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { compileMessages } from '@/i18n/compile-messages'

type Tree = { [key: string]: string | Tree }

function load(locale: string): Tree {
  const dir = `src/locales/${locale}`
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))]),
  )
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )
}

/** Each named placeholder `{name}` gets a value that shows where it landed. */
function namedValues(message: string): Record<string, string> {
  return Object.fromEntries([...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `<${name}>`]))
}

function translator(messages: unknown) {
  return createI18n({ legacy: false, locale: 'x', messages: { x: messages as Tree } }).global.t
}

describe('messages compiled at build time (vite.config.ts precompileMessages)', () => {
  for (const locale of ['zh-CN', 'en-US']) {
    it(`every ${locale} message reads the same compiled as from its text`, () => {
      const source = load(locale)
      const fromText = translator(source)
      const compiled = translator(compileMessages(source, locale))
      const all = leaves(source)
      expect(all.length).toBeGreaterThan(300)
      for (const [key, message] of all) {
        const named = namedValues(message)
        expect(compiled(key, named), key).toBe(fromText(key, named))
      }
    })
  }

  it('keeps placeholders, literals and plural cases', () => {
    const t = translator(
      compileMessages(
        { g: { named: '共 {n} 条，{unit}', literal: "用 {'|'} 分隔", plural: '无 | 一条 | {n} 条' } },
        'g',
      ),
    )
    expect(t('g.named', { n: 3, unit: '州总工会' })).toBe('共 3 条，州总工会')
    expect(t('g.literal')).toBe('用 | 分隔')
    // Three cases: 0 → the first, 1 → the second, otherwise the third with {n}.
    expect(t('g.plural', 0)).toBe('无')
    expect(t('g.plural', 1)).toBe('一条')
    expect(t('g.plural', 5)).toBe('5 条')
  })

  it('turns every string into an AST and leaves the tree shape alone', () => {
    expect(compileMessages({ a: { b: '保存' } }, 'g')).toEqual({
      a: { b: { t: 0, b: { t: 2, i: [{ t: 3 }], s: '保存' } } },
    })
  })

  it('fails on a broken message and names its key', () => {
    expect(() => compileMessages({ a: { b: '差 {n' } }, 'entry')).toThrow(/entry\.a\.b/)
  })
})
