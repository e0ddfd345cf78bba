// `ledger validate` prints the target review as warnings and keeps its exit status.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

function validate(file: string) {
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'validate', file], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout }
}

describe('ledger validate: target review', () => {
  it('lists the seed’s review findings with their rows, still exiting 0', () => {
    const { code, stdout } = validate('public/samples/kizilsu-zgh-2025.json')
    expect(code).toBe(0)
    expect(stdout).toContain('警告 warning  sheets[0]  目标审核：没有满意度指标。')
    expect(stdout).toContain('警告 warning  sheets[1].indicators[0]  目标审核：第 1 行“划拨工会经费次数”')
    expect(stdout).toContain('目标审核：产出指标（含成本）合计 60 分，与 50 分相差超过 5 分。')
    expect(stdout).toContain('目标审核：5 条提示。')
    // The goals are reported once, by the file's own check.
    expect(stdout).not.toContain('目标审核：目标 1')
  })

  it('keeps exit 1 for a file with errors', () => {
    expect(validate('tests/unit/cli/fixtures/errors.json').code).toBe(1)
  })
})
