import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readPackage } from '@/domain/exchange'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

function parse(fixture: string) {
  const result = spawnSync(
    'node',
    ['--import', 'tsx', 'src/cli/main.ts', 'parse', `tests/unit/cli/fixtures/${fixture}`],
    { cwd: ROOT, encoding: 'utf8' },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('ledger parse on other layouts', () => {
  it('reads a tab-separated spreadsheet copy and names the missing amount on stderr', () => {
    const { code, stdout, stderr } = parse('layout-spreadsheet-copy.txt')
    expect(code).toBe(0)
    const file = JSON.parse(stdout) as {
      units: { name: string }[]
      sheets: { kind: string; indicators: { name: string; target: unknown; weight: number }[] }[]
    }
    expect(file.units[0]!.name).toBe('某县总工会')
    expect(file.sheets.map((s) => s.kind)).toEqual(['department'])
    expect(file.sheets[0]!.indicators.map((i) => [i.name, i.target, i.weight])).toEqual([
      ['开展职工文体活动', { op: '>=', value: '4', unit: '次' }, 30],
      ['帮扶困难职工户数', { op: '>=', value: '200', unit: '户' }, 30],
      ['预算执行率', { op: '>=', value: '90', unit: '%' }, 20],
      ['会议费', { op: '<=', value: '2', unit: '万元' }, 10],
    ])
    expect(stderr).toContain('没有读到预算金额')
    expect(readPackage(stdout).ok).toBe(true)
  })

  it('prints two projects of one paste and says that the first has no weights', () => {
    const { code, stdout, stderr } = parse('layout-two-projects.txt')
    expect(code).toBe(0)
    const file = JSON.parse(stdout) as { sheets: { name: string; indicators: { weight: number }[] }[] }
    expect(file.sheets.map((s) => [s.name, s.indicators.map((i) => i.weight)])).toEqual([
      ['职工疗休养', [0, 0, 0, 0]],
      ['劳模慰问', [60, 30]],
    ])
    expect(stderr).toBe(
      '第 1 行“项目支出绩效目标表”：表中没有分值（权重）列，各指标分值暂记为 0，请填写。' +
        ' / line 1: The table has no weight column; every weight was set to 0, please fill them in.\n',
    )
  })
})
