// `ledger validate` reports a locked sheet whose seal no longer matches the file as a warning,
// and keeps its exit status (issue 15, case 8: a locked form changed on the way to the prefecture).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readPackage } from '@/domain/exchange'
import { sealContent } from '@/domain/integrity'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'ledger-seal-'))

function validate(file: string) {
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'validate', file], { cwd: ROOT, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout }
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The seed file with its first sheet locked and sealed as the app seals it; `tamper` edits it after. */
function sealedFile(name: string, tamper?: (file: Json) => void): string {
  const text = readFileSync(join(ROOT, 'public/samples/kizilsu-zgh-2025.json'), 'utf8')
  const file = JSON.parse(text)
  file.sheets[0].status = 'locked'
  const read = readPackage(JSON.stringify(file))
  if (!read.ok) throw new Error('sample unreadable')
  const id = read.pkg.sheets[0]!.id
  const sha256 = createHash('sha256').update(sealContent(read.pkg, id)!, 'utf8').digest('hex')
  file.seals = [{ sheetId: id, sha256, lockedAt: '2026-01-20T08:00:00.000Z' }]
  tamper?.(file)
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(file))
  return path
}

describe('ledger validate: seals', () => {
  it('says nothing about an intact seal', () => {
    const { code, stdout } = validate(sealedFile('intact.json'))
    expect(code).toBe(0)
    expect(stdout).not.toContain('封印')
  })

  it('warns about a sheet changed after its lock, still exiting 0', () => {
    const path = sealedFile('tampered.json', (file) => {
      file.sheets[0].name = `${file.sheets[0].name}（改）`
    })
    const { code, stdout } = validate(path)
    expect(code).toBe(0)
    expect(stdout).toMatch(/警告 warning {2}seals\[0\] {2}“.+（改）”锁定后数据被改动：封印与文件中的数据不符。/)
    expect(stdout).toContain('封印：1 张表锁定后数据被改动。')
  })
})
