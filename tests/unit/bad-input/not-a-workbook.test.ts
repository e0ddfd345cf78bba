// Files given to the workbook import that are not .xlsx, and photos given as evidence that are HEIC:
// each told what it is and what to do (issue 16).
import { zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { checkEvidenceFile } from '@/domain/files'
import { readTargetsWorkbook } from '@/excel/targets-import'

const docx = () =>
  zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') })
const zip = () => zipSync({ '目标表.txt': strToU8('项目支出绩效目标表') })
const xls = () => {
  const b = new Uint8Array(1024)
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  // The "Workbook" stream name in UTF-16, as an old Excel file holds it.
  b.set(
    Array.from('Workbook').flatMap((c) => [c.charCodeAt(0), 0]),
    512,
  )
  return b
}
const heic = () =>
  new Uint8Array([0, 0, 0, 24, ...Array.from('ftypheic').map((c) => c.charCodeAt(0)), 0, 0, 0, 0])

async function firstMessage(bytes: Uint8Array): Promise<string> {
  const read = await readTargetsWorkbook(bytes)
  expect(read.sheets).toEqual([])
  expect(read.problems).toHaveLength(1)
  return read.problems[0]!.message.zh
}

describe('the workbook import on files that are not workbooks', () => {
  it('a renamed .docx is called a Word document', async () => {
    expect(await firstMessage(docx())).toContain('这是 Word 文档（.docx）')
  })
  it('a renamed .zip is called a zip archive', async () => {
    expect(await firstMessage(zip())).toContain('这是 zip 压缩包')
  })
  it('an old .xls is told to be saved as .xlsx', async () => {
    expect(await firstMessage(xls())).toContain('这是旧版 Excel 工作簿（.xls）')
  })
})

describe('evidence photos in HEIC', () => {
  it('are refused as HEIC, not as "not an image"', async () => {
    const bytes = heic()
    const check = await checkEvidenceFile({ size: bytes.length }, 1e6, async () => bytes)
    expect(check).toEqual({ ok: false, code: 'heic' })
  })
})
