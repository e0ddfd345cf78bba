// The command line on the bad-input corpus (tests/fixtures/bad-input/, issue 16): file text never
// reaches the terminal as control sequences, a GBK file is refused with the app's message, and
// amounts the database cannot store are refused by validate and score alike.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { utf8Text } from '@/domain/files/utf8-text'
import { terminalJson, terminalText } from '@/cli/terminal-text'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const bad = (name: string) => `tests/fixtures/bad-input/${name}`

function ledger(...args: string[]) {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/

describe('terminal text', () => {
  it('removes clear-screen, colour and window-title sequences and bidirectional overrides', () => {
    expect(terminalText('\u001b[2J\u001b[31m红色单位\u001b]0;pwned\u0007')).toBe('红色单位')
    expect(terminalText('\u202e会工总\u202c 第\u200b1行\n')).toBe('会工总 第1行\n')
    expect(terminalText('tab\tkept\n')).toBe('tab\tkept\n')
  })

  it('escapes hidden characters in JSON, which still reads back as the same text', () => {
    const json = JSON.stringify({ name: '\u202e甲\u200b' })
    const shown = terminalJson(json)
    expect(shown).toBe('{"name":"\\u202e甲\\u200b"}')
    expect(JSON.parse(shown)).toEqual({ name: '\u202e甲\u200b' })
  })
})

// Each test starts the command line several times (tsx compiles it each time): seconds apiece on a loaded machine.
describe('ledger on bad input', { timeout: 120_000 }, () => {
  it('score prints no escape sequence from a unit or indicator name', () => {
    const { code, stdout } = ledger('score', bad('escape-sequences.json'))
    expect(code).toBe(0)
    expect(stdout).toContain('清屏指标')
    expect(stdout).not.toMatch(CONTROL)
  })

  it('validate prints no escape sequence and no bidirectional override, and flags them', () => {
    for (const file of ['escape-sequences.json', 'hidden-characters.json']) {
      const { stdout } = ledger('validate', bad(file))
      expect(stdout).not.toMatch(CONTROL)
      expect(stdout).toContain('含不可见或改变文字方向的字符')
    }
    expect(ledger('validate', bad('hidden-characters.json')).stdout).toContain(
      '警告 warning  sheets[0].indicators[1].id  编号“d-i1”与 sheets[0].indicators[0] 的编号看起来相同',
    )
  })

  it('parse keeps the text in its JSON but writes hidden characters as escapes', () => {
    const { code, stdout } = ledger('parse', bad('escape-table.txt'))
    expect(code).toBe(0)
    expect(stdout).not.toMatch(CONTROL)
    const pkg = JSON.parse(stdout) as { sheets: { indicators: { name: string }[] }[] }
    expect(pkg.sheets[0]!.indicators[0]!.name).toBe('开展培训\u202e期数')
  })

  it('refuses a GBK file with the message the app gives', () => {
    const { code, stderr, stdout } = ledger('parse', bad('gbk-table.txt'))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    const app = utf8Text(new Uint8Array([0xd6, 0xdd]))
    expect(app.ok).toBe(false)
    if (app.ok) return
    expect(stderr).toContain(app.message.zh)
    expect(ledger('validate', bad('gbk-table.txt')).stdout).toContain('可能是 GBK 编码')
  })

  it('validate and score refuse amounts the database cannot store (16 integer digits, 7 places)', () => {
    for (const [file, value] of [
      ['amount-16-digits.json', '1234567890123456.5'],
      ['amount-7-places.json', '0.1234567'],
    ] as const) {
      const v = ledger('validate', bad(file))
      expect(v.code).toBe(1)
      expect(v.stdout).toContain(`错误 error    sheets[0].funds.other  数值“${value}”超出可保存的范围`)
      // The sum of a refused amount is not checked: no false funds mismatch beside the refusal.
      expect(v.stdout).not.toContain('sumMismatch')
      expect(v.stdout).not.toContain('不符')
      const s = ledger('score', bad(file))
      expect(s.code).toBe(2)
      expect(s.stderr).toContain('超出可保存的范围')
    }
  })

  it('validate refuses unit cycles and reasons made of invisible characters', () => {
    expect(ledger('validate', bad('unit-own-parent.json')).stdout).toContain('（kz-fed → kz-fed）')
    expect(ledger('validate', bad('units-mutual-parents.json')).stdout).toContain(
      '（kz-fed → kz-b → kz-fed）',
    )
    const r = ledger('validate', bad('reason-invisible.json'))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('错误 error    notApplicable[0].reason  必须填写理由')
  })
})
