// `ledger parse` reads a .docx, a text PDF and an .xlsx through the app's own readers, and tells an
// .xls/.et/.wps user to save as .xlsx/.docx, as the 目标 page does.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { makePdf } from '../table-files/make-pdf'
import { EXPECTED, fullGrid, TABLE } from '../table-files/sample-table'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'ledger-parse-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function ledger(file: string) {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'parse', file], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Each indicator as the Row of the expectations: level 1, level 2, name, comparator, value, unit, weight. */
function rowsOf(stdout: string) {
  const pkg = JSON.parse(stdout) as {
    sheets: {
      indicators: {
        level1: string
        level2: string
        name: string
        weight: number
        target: Record<string, string>
      }[]
    }[]
  }
  return pkg.sheets[0]!.indicators.map((i) =>
    i.target.op === 'qualitative'
      ? [i.level1, i.level2, i.name, '定性', i.target.text, '', i.weight]
      : [i.level1, i.level2, i.name, i.target.op, i.target.value, i.target.unit, i.weight],
  )
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

describe('ledger parse FILE', { timeout: 60_000 }, () => {
  it('reads a text PDF (pdf.js legacy build in Node), field by field', () => {
    const xs = [40, 120, 230, 330, 420, 500, 560]
    const placed = fullGrid(TABLE).flatMap((row, i) =>
      row.flatMap((c, k) => (c.text ? [{ text: c.text, x: xs[k]!, y: 800 - i * 30 }] : [])),
    )
    const file = join(dir, '申报表.pdf')
    writeFileSync(file, makePdf(placed))
    const { code, stdout, stderr } = ledger(file)
    expect(code).toBe(0)
    expect(rowsOf(stdout)).toEqual(EXPECTED)
    expect(stderr).toContain('已换算为万元')
  })

  it('reads an .xlsx in another unit’s layout', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('绩效目标')
    fullGrid(TABLE).forEach((row, i) =>
      row.forEach((c, k) => c.spanStart && (ws.getCell(i + 1, k + 1).value = c.text)),
    )
    const file = join(dir, '申报表.xlsx')
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()))
    const { code, stdout } = ledger(file)
    expect(code).toBe(0)
    expect(rowsOf(stdout)).toEqual(EXPECTED)
  })

  it('reads a .docx table (one cell a position; spans left empty)', async () => {
    const rows = fullGrid(TABLE).map(
      (row) =>
        `<w:tr>${row.map((c) => `<w:tc><w:p><w:r><w:t>${esc(c.spanStart ? c.text : '')}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`,
    )
    const zip = new JSZip()
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
        `<w:tbl>${rows.join('')}</w:tbl></w:body></w:document>`,
    )
    const file = join(dir, '申报表.docx')
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }))
    const { code, stdout } = ledger(file)
    expect(code).toBe(0)
    expect(rowsOf(stdout)).toEqual(EXPECTED)
  })

  it('tells an .xls user to save as .xlsx or .docx, and exits 1 (.et and .wps: tests/unit/table-files)', () => {
    const file = join(dir, '表.xls')
    writeFileSync(file, 'old binary')
    const { code, stdout, stderr } = ledger(file)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('另存为 .xlsx 或 .docx')
  })
})
