// @vitest-environment node
// The .docx holds the report model's text and figures. With REPORT_OUT=dir set, the two reports are
// also written there, to open in LibreOffice (docs/performance.md is not involved; see the issue 21 note).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { assessmentForm } from '@/domain/assessment'
import { buildSelfReport, reportTextsFor } from '@/domain/report'
import { selfReportDocx } from '@/docx/self-report-docx'
import { yearOfEntries } from '../fixtures/built-in'

async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
}

async function reportOf(sheetId: string, locked = false) {
  const pkg = yearOfEntries()
  if (locked) pkg.sheets = pkg.sheets.map((s) => ({ ...s, status: 'locked' as const }))
  const form = assessmentForm(pkg, sheetId, { attachedOwners: new Set() })!
  const report = buildSelfReport(form, reportTextsFor(form, undefined))
  const bytes = await selfReportDocx(report)
  if (process.env.REPORT_OUT) {
    mkdirSync(process.env.REPORT_OUT, { recursive: true })
    writeFileSync(join(process.env.REPORT_OUT, `${sheetId}${locked ? '-locked' : ''}.docx`), bytes)
  }
  return { report, bytes }
}

describe('selfReportDocx', () => {
  it('a project report: a zip whose document has the headings, the figures and the 草稿 mark', async () => {
    const { bytes } = await reportOf('kz-2025-proj-1')
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // "PK": a zip
    const text = await documentText(bytes)
    expect(text.startsWith('草稿|2025年度项目支出绩效自评报告|')).toBe(true)
    for (const s of ['一、基本情况', '四、存在的问题及原因分析', '六、结果应用及其他需说明的情况'])
      expect(text).toContain(`|${s}|`)
    expect(text).toContain('|年度资金总额|100.00|100.00|92.50|92.50%|')
    expect(text).toContain('|总分|100.00|94.75|')
  })

  it('a locked department report: no 草稿, the department total', async () => {
    const { bytes } = await reportOf('kz-2025-dept', true)
    const text = await documentText(bytes)
    expect(text).not.toContain('草稿')
    expect(text.startsWith('2025年度部门整体绩效自评报告|')).toBe(true)
    expect(text).toContain('|总分|100.00|91.65|')
    await reportOf('kz-2025-dept')
  })
})
