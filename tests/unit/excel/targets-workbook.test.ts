import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readPackage } from '@/domain/exchange'
import type { Sheet } from '@/domain/types'
import { writeTargetsWorkbook } from '@/excel/targets-export'
import { readTargetsWorkbook } from '@/excel/targets-import'
import { writeTargetsTemplate } from '@/excel/targets-template'

const SAMPLE = fileURLToPath(new URL('../../../public/samples/kizilsu-zgh-2025.json', import.meta.url))

function sampleSheets(): Sheet[] {
  const result = readPackage(readFileSync(SAMPLE, 'utf8'))
  if (!result.ok) throw new Error('sample unreadable')
  return result.pkg.sheets
}

/** What the import gives back for a sheet: the same content under placeholder ids, no unit. */
function asImported({ status: _status, ...sheet }: Sheet, prefix: string, id: string): Sheet {
  return {
    ...sheet,
    id,
    unitId: '',
    indicators: sheet.indicators.map((ind, i) => ({ ...ind, id: `${prefix}-i${i + 1}` })),
  }
}

describe('targets workbook', () => {
  it('reads back exactly what it wrote: the seed’s two sheets and a sheet using every field', async () => {
    const [dept, project] = sampleSheets()
    const edited: Sheet = {
      ...project!,
      id: 'x',
      name: '2025年职工培训',
      contact: '0908-4222222',
      scoring: {
        budgetWeight: 20,
        reverse: 'ratio',
        budgetCap: false,
        grades: [85, 75, 60],
        overshootWarn: 1.2,
      },
      indicators: project!.indicators.map((ind, i) =>
        i === 0
          ? {
              ...ind,
              plan: [
                { month: 6, value: '1' },
                { month: 12, value: '2' },
              ],
              measure: 'latest' as const,
            }
          : ind,
      ),
    }
    const data = await writeTargetsWorkbook({
      unitName: '克孜勒苏柯尔克孜自治州总工会',
      sheets: [dept!, project!, edited],
    })
    const back = await readTargetsWorkbook(data)
    expect(back.problems).toEqual([])
    expect(back.unitName).toBe('克孜勒苏柯尔克孜自治州总工会')
    expect(back.sheets).toEqual([
      asImported(dept!, 'd', '2025-dept'),
      asImported(project!, 'p1', '2025-proj-1'),
      asImported(edited, 'p2', '2025-proj-2'),
    ])
  })

  it('writes the official layout: merged title and levels, borders, 宋体, widths', async () => {
    const [, project] = sampleSheets()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await writeTargetsWorkbook({ unitName: 'U', sheets: [project!] }))
    const ws = wb.worksheets[0]!
    expect(ws.getCell('A1').value).toBe('项目支出绩效目标表')
    expect(ws.getCell('K1').master.address).toBe('A1')
    expect(ws.getCell('A1').font.name).toBe('宋体')
    const header = ws.getColumn(1).values.indexOf('一级指标')
    // 产出指标 spans the first three indicator rows (数量, 质量, 时效), 成本指标 the next two
    expect(ws.getCell(header + 3, 1).master.address).toBe(`A${header + 1}`)
    expect(ws.getCell(header + 5, 2).master.address).toBe(`B${header + 4}`)
    expect(ws.getCell(header + 1, 3).border.left?.style).toBe('thin')
    expect(ws.getColumn(3).width).toBe(26)
    // "=100%" as written, in a string cell: no formula, and no guard apostrophe to show
    expect(ws.getCell(header + 2, 4).value).toBe('=100%')
    expect(ws.getCell(header + 2, 4).type).toBe(ExcelJS.ValueType.String)
  })

  it('writes text that looks like a formula as that exact text in string cells, no apostrophe', async () => {
    const [, project] = sampleSheets()
    const looksLikeFormulas = ['=HYPERLINK("http://x","点我")', '+86 0908', '-1次', '@SUM(A1)']
    const sheet: Sheet = {
      ...project!,
      name: looksLikeFormulas[0]!,
      owner: looksLikeFormulas[1]!,
      indicators: project!.indicators.map((ind, i) =>
        i === 0 ? { ...ind, name: looksLikeFormulas[2]!, evidence: looksLikeFormulas[3]! } : ind,
      ),
    }
    const data = await writeTargetsWorkbook({ unitName: '=1+1', sheets: [sheet] })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(data)
    const cells: ExcelJS.Cell[] = []
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
    for (const text of [...looksLikeFormulas, '=1+1']) {
      const found = cells.filter((c) => c.address === c.master.address && c.value === text)
      expect(found.length, text).toBe(1)
      expect(found[0]!.type, text).toBe(ExcelJS.ValueType.String)
    }
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false)
    expect(cells.some((c) => typeof c.value === 'string' && c.value.startsWith("'"))).toBe(false)
    // and it reads back as typed
    const back = await readTargetsWorkbook(data)
    expect(back.unitName).toBe('=1+1')
    expect(back.sheets[0]!.name).toBe(looksLikeFormulas[0])
    expect(back.sheets[0]!.owner).toBe(looksLikeFormulas[1])
    expect(back.sheets[0]!.indicators[0]!.name).toBe(looksLikeFormulas[2])
    expect(back.sheets[0]!.indicators[0]!.evidence).toBe(looksLikeFormulas[3])
  })

  it('names every bad row by worksheet, row and column, and gives no sheet to save', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await writeTargetsTemplate(2026))
    const ws = wb.worksheets.find((w) => w.getCell('A1').value === '项目支出绩效目标表')!
    const labelRow = (label: string) => ws.getColumn(1).values.indexOf(label)
    ws.getCell(labelRow('项目名称'), 3).value = '职工培训'
    ws.getCell(labelRow('年初预算数（万元）'), 3).value = '20.00'
    ws.getCell(labelRow('年初预算数（万元）'), 8).value = 20
    ws.getCell(labelRow('财政资金（万元）'), 3).value = '20.00'
    ws.getCell(labelRow('财政资金（万元）'), 8).value = '0'
    const h = ws.getColumn(1).values.indexOf('一级指标')
    ws.getRow(h + 1).values = ['产出指标', '数量指标', '培训人次', '≥300人次', '', '', 50]
    ws.getRow(h + 2).values = ['', '', '培训期数', '约6期', '', '', 20]
    ws.getRow(h + 3).values = ['效益指标', '社会效益指标', '技能提升', '明显提升', '', '', '十五']
    const back = await readTargetsWorkbook(await wb.xlsx.writeBuffer())
    expect(back.problems.map((p) => [p.worksheet, p.row, p.column, p.field])).toEqual([
      [ws.name, h + 2, 'D', '指标值'],
      [ws.name, h + 3, 'G', '分值'],
    ])
    expect(back.problems[0]!.message.zh).toContain('指标值无法识别')
    expect(back.problems[1]!.message.zh).toBe('分值“十五”不是 0–100 之间的数字。')
    // the department sheet of the template was left empty: skipped, not reported
    expect(back.sheets.map((s) => [s.name, s.year, s.budget.adjusted, s.indicators.length])).toEqual([
      ['职工培训', 2026, '20', 3],
    ])
  })

  it('says so when a file is no workbook, or holds no target sheet', async () => {
    const notExcel = await readTargetsWorkbook(new TextEncoder().encode('hello'))
    expect(notExcel.problems.map((p) => p.message.en)).toEqual([
      'The file is not a valid Excel workbook (.xlsx).',
    ])
    const empty = await readTargetsWorkbook(await writeTargetsTemplate(2026))
    expect(empty.sheets).toEqual([])
    expect(empty.problems).toHaveLength(1)
  })
})
