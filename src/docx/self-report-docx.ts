// The 绩效自评报告 as a Word document. It lays out the report model (domain/report) and adds no
// figure of its own. The docx library is loaded on demand, so it is not in the first load.
import type { ReportTable, SelfReport } from '@/domain/report'

type Docx = typeof import('docx')

const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' }
const HEADING_FONT = { ascii: 'Times New Roman', eastAsia: '黑体', hAnsi: 'Times New Roman' }
const TITLE_FONT = { ascii: 'Times New Roman', eastAsia: '方正小标宋简体', hAnsi: 'Times New Roman' }
/** Half-points: 三号 16 pt for the body, 二号 22 pt for the title, 五号 10.5 pt in tables. */
const BODY = 32
const TITLE = 44
const CELL = 21

/** Columns of running text get three shares of the width, figures one and a half. */
const WIDE = new Set(['三级指标', '年度总体目标', '实际完成情况', '资金来源', '项目'])
/** Longer than this, a cell's text reads better from the left. */
const SHORT = 12
/** A table this short is kept on one page with its caption. */
const KEEP_TOGETHER = 10

function table(d: Docx, t: ReportTable) {
  const shares = t.header.map((h) => (WIDE.has(h) ? 3 : 1.5))
  const whole = shares.reduce((a, b) => a + b, 0)
  const together = t.rows.length <= KEEP_TOGETHER
  const cell = (text: string, col: number, bold: boolean, keepNext: boolean) =>
    new d.TableCell({
      verticalAlign: d.VerticalAlign.CENTER,
      width: { size: (shares[col]! / whole) * 100, type: d.WidthType.PERCENTAGE },
      margins: { left: 60, right: 60 },
      children: [
        new d.Paragraph({
          alignment: text.length > SHORT ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
          keepNext,
          children: [new d.TextRun({ text, bold, font: FONT, size: CELL })],
        }),
      ],
    })
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    columnWidths: shares.map((s) => Math.round((s / whole) * 9000)),
    rows: [
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.header.map((h, i) => cell(h, i, true, true)),
      }),
      ...t.rows.map(
        (r, n) =>
          new d.TableRow({
            cantSplit: true,
            children: r.map((c, i) => cell(c, i, false, together && n < t.rows.length - 1)),
          }),
      ),
    ],
  })
}

/** The document's bytes (a .docx is a zip). */
export async function selfReportDocx(report: SelfReport): Promise<Uint8Array<ArrayBuffer>> {
  const d = await import('docx')
  const body = (text: string) =>
    new d.Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 560 },
      children: [new d.TextRun({ text, font: FONT, size: BODY })],
    })
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = []
  if (report.draft)
    children.push(
      new d.Paragraph({
        alignment: d.AlignmentType.RIGHT,
        children: [
          new d.TextRun({ text: '草稿', bold: true, color: 'C00000', font: HEADING_FONT, size: BODY }),
        ],
      }),
    )
  children.push(
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new d.TextRun({ text: report.title, font: TITLE_FONT, size: TITLE })],
    }),
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [new d.TextRun({ text: report.subtitle, font: FONT, size: BODY })],
    }),
  )
  for (const section of report.sections) {
    children.push(
      new d.Paragraph({
        indent: { firstLine: 640 },
        keepNext: true,
        spacing: { before: 200, line: 560 },
        children: [new d.TextRun({ text: section.heading, font: HEADING_FONT, size: BODY })],
      }),
    )
    for (const p of section.paragraphs) children.push(body(p))
    for (const t of section.tables) {
      children.push(
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120, after: 60 },
          children: [new d.TextRun({ text: t.caption, bold: true, font: FONT, size: CELL })],
        }),
        table(d, t.table),
      )
    }
  }
  const draftHeader = report.draft
    ? {
        default: new d.Header({
          children: [
            new d.Paragraph({
              alignment: d.AlignmentType.CENTER,
              children: [
                new d.TextRun({
                  text: '草稿 · 工作表未锁定，内容可能变动',
                  color: 'C00000',
                  font: FONT,
                  size: CELL,
                }),
              ],
            }),
          ],
        }),
      }
    : undefined
  const doc = new d.Document({
    creator: 'Perf Ledger',
    title: report.title,
    sections: [
      {
        properties: {
          // A4 portrait, the usual margins of an official document (3.7 / 3.5 / 2.8 / 2.6 cm).
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        ...(draftHeader ? { headers: draftHeader } : {}),
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: CELL })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
  return new Uint8Array(await d.Packer.toArrayBuffer(doc))
}
