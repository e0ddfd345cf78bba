import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPackage } from '@/domain/exchange'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const fixture = (name: string) => `tests/unit/cli/fixtures/${name}`

function ledger(...args: string[]) {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const lines = (text: string) => text.split('\n').filter(Boolean)

/** Every file of the fixture directory with its size, time and content hash. */
function fixtureState(): string[] {
  return readdirSync(FIXTURES)
    .sort()
    .map((name) => {
      const stat = statSync(FIXTURES + name)
      const hash = createHash('sha256')
        .update(readFileSync(FIXTURES + name))
        .digest('hex')
      return `${name} ${stat.size} ${stat.mtimeMs} ${hash}`
    })
}

let before: string[]
beforeAll(() => {
  before = fixtureState()
})
afterAll(() => {
  expect(fixtureState()).toEqual(before)
})

describe('ledger validate', () => {
  it('exits 0 on the shipped sample and lists its warnings', () => {
    const { code, stdout, stderr } = ledger('validate', 'public/samples/kizilsu-zgh-2025.json')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('警告 warning  sheets[0].goals[0]')
    expect(stdout).toContain('sheets[0].goals[4]')
    expect(stdout).toContain('0 个错误，2 个警告')
  })

  it('exits 0 when there are only warnings', () => {
    const { code, stdout } = ledger('validate', fixture('warnings.json'))
    expect(code).toBe(0)
    expect(stdout).toContain('sheets[1].indicators')
    expect(stdout).toContain('sheets[1].indicators[1].target')
  })

  it('exits 1 and names each error with its place', () => {
    const { code, stdout } = ledger('validate', fixture('errors.json'))
    expect(code).toBe(1)
    for (const path of [
      'judgements[0].score',
      'overrides[0].reason',
      'spending[1].sheetId',
      'spending[1].date',
      'spending[1].amount',
    ]) {
      expect(stdout).toContain(`错误 error    ${path}`)
    }
  })

  it('lists text that is not JSON as an error, with line and column', () => {
    const { code, stdout } = ledger('validate', fixture('not-json.json'))
    expect(code).toBe(1)
    expect(stdout).toContain('第 4 行第 13 列')
  })

  it('lists a missing file as an error', () => {
    const { code, stdout } = ledger('validate', fixture('missing.json'))
    expect(code).toBe(1)
    expect(stdout).toContain('找不到文件')
  })
})

describe('ledger score', () => {
  it('prints the table of a valid package', () => {
    const { code, stdout, stderr } = ledger('score', fixture('good.json'))
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('2025年预算工会经费')
  })

  it('prints the JSON of the contract, as of a date', () => {
    const { code, stdout } = ledger('score', fixture('good.json'), '--as-of', '2025-06-30', '--json')
    expect(code).toBe(0)
    const scored = JSON.parse(stdout) as { asOf: string; sheets: { id: string; indicators: unknown[] }[] }
    expect(scored.asOf).toBe('2025-06-30')
    expect(scored.sheets.map((s) => [s.id, s.indicators.length])).toEqual([
      ['kz-2025-dept', 6],
      ['kz-2025-proj-1', 7],
    ])
  })

  it.each([
    ['not-json.json', '不是有效的 JSON'],
    ['wrong-format.json', 'perf-ledger'],
    ['errors.json', '不是有效的数据包'],
    ['missing.json', '找不到文件'],
  ])('refuses %s with one clear line and exit 2', (name, hint) => {
    const { code, stdout, stderr } = ledger('score', fixture(name))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(lines(stderr)).toHaveLength(1)
    expect(stderr).toContain(hint)
    expect(stderr).toMatch(/ \/ (Error|.*[A-Za-z])/)
  })
})

describe('ledger parse', () => {
  it('prints the seed tables as an exchange file with structured targets', () => {
    const { code, stdout, stderr } = ledger('parse', fixture('seed-tables.txt'))
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const file = JSON.parse(stdout) as { sheets: { indicators: { target: unknown }[] }[] }
    expect(file.sheets[0]!.indicators[4]!.target).toEqual({ op: '>=', value: '27000', unit: '人' })
    expect(file.sheets[1]!.indicators[5]!.target).toEqual({ op: 'qualitative', text: '有效提升' })
    const read = readPackage(stdout)
    expect(read.ok).toBe(true)
    expect(read.ok && read.pkg.sheets.flatMap((s) => s.indicators)).toHaveLength(13)
  })

  it('exits 1 when it finds no indicator', () => {
    const { code, stderr } = ledger('parse', fixture('no-table.txt'))
    expect(code).toBe(1)
    expect(stderr).toContain('没有找到指标表')
  })
})

describe('bad arguments', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['score']],
    [['score', fixture('good.json'), '--as-of', '2025-02-30']],
    [['score', fixture('good.json'), '--as-of']],
    [['score', fixture('good.json'), '--verbose']],
    [['score', fixture('good.json'), fixture('good.json')]],
    [['validate']],
    [['validate', fixture('good.json'), fixture('good.json')]],
    [['parse']],
  ])('%j → usage, exit 2', (args) => {
    const { code, stdout, stderr } = ledger(...args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('用法 / Usage:')
  })
})
