// A .docx, an .xlsx and a PDF's text made in the test from the same table, each read back
// through the same paste reader, field by field.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { gridToText, parseTargetTables } from '@/domain/paste'
import { docxTables } from '@/table-files/docx-grid'
import { readTableFile } from '@/table-files/open-table-file'
import { piecesGrid, type TextPiece } from '@/table-files/pdf-grid'
import { workbookTables } from '@/table-files/workbook-grid'
import { sheetsOf } from '../domain/paste/corpus/rows'
import { EXPECTED, fullGrid, TABLE } from './sample-table'

const WANT = { kind: 'project', name: '乡村学校少年宫', year: 2024, budget: '150.00', rows: EXPECTED }
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

async function docx(): Promise<Uint8Array> {
  const grid = fullGrid(TABLE)
  const rows = TABLE.map((r, i) => {
    const tcs: string[] = []
    let col = 0
    while (col < 7) {
      const c = grid[i]![col]!
      const listed = r.map((x) => (typeof x === 'string' ? [x, 1, 1] : x)) as [string, number, number][]
      // A position covered from above is a vMerge continuation; one covered from the left is spanned over.
      if (c.covered && !grid[i]![col - 1]?.spanStart && i > 0 && grid[i - 1]![col]) {
        tcs.push('<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>')
        col++
        continue
      }
      const span = listed.find(([t]) => t === c.text && c.spanStart)?.[2] ?? 1
      const merge = listed.find(([t, rs]) => t === c.text && rs > 1) ? '<w:vMerge w:val="restart"/>' : ''
      tcs.push(
        `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}</w:tcPr>` +
          `<w:p><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:tc>`,
      )
      col += span
    }
    return `<w:tr>${tcs.join('')}</w:tr>`
  })
  const zip = new JSZip()
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      `<w:p><w:r><w:t>附件</w:t></w:r></w:p><w:tbl><w:tblPr/>${rows.join('')}</w:tbl></w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'uint8array' })
}

async function xlsx(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('绩效目标')
  const grid = fullGrid(TABLE)
  grid.forEach((row, i) => row.forEach((c, k) => c.spanStart && (ws.getCell(i + 1, k + 1).value = c.text)))
  // The published file keeps its merges and a percentage typed as a number.
  ws.mergeCells('A6:A8')
  ws.mergeCells('B6:B7')
  ws.mergeCells('A1:G1')
  ws.getCell('E10').value = 0.95
  ws.getCell('E10').numFmt = '0%'
  ws.getCell('F10').value = ''
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer
}

describe('other ways in, each through the same reader', () => {
  it('a .docx: its table, gridSpan and vMerge', async () => {
    const [grid] = await docxTables(await docx())
    expect(sheetsOf(parseTargetTables(gridToText(grid!)))).toEqual([WANT])
  })

  it('an .xlsx in another unit’s layout: merged ranges, a % number format', async () => {
    const [grid] = await workbookTables(await xlsx())
    const rows = sheetsOf(parseTargetTables(gridToText(grid!)))
    const want = structuredClone(WANT)
    // 0.95 shown as "95%", no comparator printed: 正向 reads it as ≥
    want.rows[4] = ['满意度指标', '服务对象满意度指标', '学生满意度', '>=', '95', '%', 10]
    expect(rows).toEqual([want])
  })

  it('a PDF’s text pieces: lines from y, cells from the header’s x positions, wrapped text joined', () => {
    const grid = fullGrid(TABLE)
    const pieces: TextPiece[] = []
    const xs = [50, 120, 200, 300, 360, 420, 480]
    grid.forEach((row, i) => {
      const y = 800 - i * 30
      row.forEach((c, k) => {
        if (!c.text) return
        if (i >= 5 && k === 2 && c.text.length > 5) {
          // a long name wraps inside its cell: two pieces, the second just under the first
          pieces.push({ text: c.text.slice(0, 4), x: xs[k]! + 2, y, width: 40, height: 10 })
          pieces.push({ text: c.text.slice(4), x: xs[k]! + 2, y: y - 11, width: 30, height: 10 })
        } else pieces.push({ text: c.text, x: xs[k]! + 2, y, width: 20, height: 10 })
      })
    })
    expect(sheetsOf(parseTargetTables(gridToText(piecesGrid(pieces))))).toEqual([WANT])
  })

  it('tells a user with an .xls, .et or .wps to save as .xlsx or .docx', async () => {
    for (const name of ['表.xls', '表.et', '表.wps']) {
      const result = await readTableFile(name, new ArrayBuffer(0))
      expect(result.ok === false && result.message.zh).toContain('另存为 .xlsx 或 .docx')
    }
    const broken = await readTableFile('表.docx', new TextEncoder().encode('not a zip').buffer)
    expect(broken.ok === false && broken.message.zh).toContain('无法读取')
  })
})

describe('a text PDF through pdf.js', () => {
  it('rebuilds rows and columns from the text positions', async () => {
    const { makePdf } = await import('./make-pdf')
    const { pdfTables } = await import('@/table-files/pdf-grid')
    const xs = [40, 120, 230, 330, 420, 500, 560]
    const placed = fullGrid(TABLE).flatMap((row, i) =>
      row.flatMap((c, k) => (c.text ? [{ text: c.text, x: xs[k]!, y: 800 - i * 30 }] : [])),
    )
    const [grid] = await pdfTables(makePdf(placed))
    expect(sheetsOf(parseTargetTables(gridToText(grid!)))).toEqual([WANT])
  })
})
