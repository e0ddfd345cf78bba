// @vitest-environment node
import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { assessmentAsOf, buildAssessmentForm, type AssessmentForm } from '@/domain/assessment'
import { scoreSheet, sheetData } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { assessmentFileName, assessmentWorkbook } from '@/excel/assessment-workbook'
import { yearOfEntries } from '../fixtures/built-in'

function formOf(pkg: LedgerPackage, sheetId: string): AssessmentForm {
  const sheet = pkg.sheets.find((s) => s.id === sheetId)!
  return buildAssessmentForm({
    sheet,
    score: scoreSheet(sheet, sheetData(pkg, sheetId), assessmentAsOf(sheet.year)),
    unitName: '克孜勒苏柯尔克孜自治州总工会',
    judgements: pkg.judgements,
    deviations: pkg.deviations,
    progress: pkg.progress,
    attachedOwners: new Set(),
  })
}

function projectPackage(): LedgerPackage {
  const pkg = yearOfEntries()
  pkg.sheets[1] = { ...pkg.sheets[1]!, goalOutcomes: ['=已按规定划拨、上解工会经费。'] } as never
  pkg.deviations = [
    { indicatorId: 'p1-i1', cause: '其他', text: '年中追加一次划拨，目标设定偏低，明年按 2 次设定。' },
    { indicatorId: 'p1-i3', cause: '人员保障', text: '经办人员变动导致一笔延迟上缴；已明确 AB 岗。' },
    { indicatorId: 'p1-i5', cause: '经费保障', text: '年末税务代收资金未全部到位；次年一季度补缴。' },
  ]
  pkg.overrides = [{ indicatorId: 'p1-i5', score: '9', reason: '次年1月已补缴10万元，经州总工会确认' }]
  return pkg
}

async function readBack(buffer: ArrayBuffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer)
  return wb
}

/** The row whose column A reads `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r
  throw new Error(`no row labelled ${label}`)
}

describe('the self-assessment workbook', () => {
  it('writes the project form in the official layout, figures from the engine', async () => {
    const form = formOf(projectPackage(), 'kz-2025-proj-1')
    const buffer = await assessmentWorkbook([form])
    if (process.env.ASSESSMENT_XLSX_OUT) writeFileSync(process.env.ASSESSMENT_XLSX_OUT, Buffer.from(buffer))
    const wb = await readBack(buffer)
    const ws = wb.getWorksheet('项目支出绩效自评表')!
    expect(ws.getCell('A1').value).toBe('项目支出绩效自评表')
    expect(ws.getCell('A2').value).toBe('（2025年度）')
    expect(ws.getCell('C3').value).toBe('2025年预算工会经费')
    expect(ws.getCell('C5').value).toBe('罗菲菲')

    // Funds block: row 6 headers, row 7 年度资金总额: 100.00, 100.00, 92.50, 10, 92.50 %, 9.25
    expect(ws.getCell('D6').value).toBe('年初预算数')
    expect(ws.getCell('B7').value).toBe('年度资金总额')
    expect([7, 8, 9, 10].map((r) => ws.getCell(r, 2).value)).toEqual([
      '年度资金总额',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ])
    expect(['D7', 'E7', 'F7', 'G7', 'H7', 'I7'].map((a) => ws.getCell(a).value)).toEqual([
      100, 100, 92.5, 10, 92.5, 9.25,
    ])
    expect(ws.getCell('H7').numFmt).toBe('0.00"%"')
    // Amounts with thousands separators, as finance forms print them.
    expect(ws.getCell('F7').numFmt).toBe('#,##0.00')
    expect(ws.getCell('F7').font.name).toBe('SimSun')
    expect(ws.getCell('G8').value).toBe('—')
    expect(ws.getCell('A6').isMerged && ws.getCell('A10').master.address).toBe('A6')

    // Goals: label A11 over the header and one goal; a leading "=" is a plain text cell (no formula,
    // no visible apostrophe).
    expect(ws.getCell('A11').value).toBe('年度总体目标')
    expect(ws.getCell('G12').value).toBe('=已按规定划拨、上解工会经费。')
    expect(ws.getCell('G12').type).toBe(ExcelJS.ValueType.String)

    // Indicators from row 13: header, then 7 rows.
    expect(ws.getCell('B13').value).toBe('一级指标')
    expect(ws.getCell('I13').value).toBe('偏差原因分析及改进措施')
    const names = [14, 15, 16, 17, 18, 19, 20].map((r) => ws.getCell(r, 4).value)
    expect(names[0]).toBe('划拨工会经费次数')
    expect(ws.getCell('F14').value).toBe('2次')
    expect(ws.getCell('H16').value).toBe(9.5)
    // "=100%" is written with the full-width sign, never as a formula and without a visible apostrophe.
    expect(ws.getCell('E15').value).toBe('＝100%')
    expect(ws.getCell('E14').value).toBe('＞=1次')
    // 产出指标 runs over rows 14–16 and is merged there.
    expect(ws.getCell('B16').master.address).toBe('B14')
    // The override shows as the score (9), with the computed 8.00 and the reason in the remark and a note.
    expect(ws.getCell('H18').value).toBe(9)
    expect(String(ws.getCell('I18').value)).toContain('原计算得分 8.00')
    expect(String(ws.getCell('I18').value)).toContain('经费保障：年末税务代收资金未全部到位')

    // Total: 94.75 − 8 + 9 = 95.75 → 优
    const total = rowOf(ws, '总分')
    expect(total).toBe(21)
    expect([ws.getCell(total, 7).value, ws.getCell(total, 8).value, ws.getCell(total, 10).value]).toEqual([
      100,
      95.75,
      '优',
    ])

    // Page: A4 landscape, one page wide, print area over the form, indicator header repeated.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    })
    expect(ws.pageSetup.printArea).toBe('A1:J23') // 总分 on 21, the signature line on 23
    expect(ws.pageSetup.printTitlesRow).toBe('13:13')
    expect(ws.getColumn(4).width).toBe(26)
    expect(ws.getCell('H14').border?.top?.style).toBe('thin')
    expect(assessmentFileName(form)).toBe('2025年预算工会经费-绩效自评表.xlsx')
  })

  it('ends with the signature line, numbers its pages and marks a form that is not locked', async () => {
    const form = formOf(projectPackage(), 'kz-2025-proj-1')
    const draft = (await readBack(await assessmentWorkbook([{ ...form, status: 'submitted' }])))
      .worksheets[0]!
    const sign = rowOf(draft, '填报单位（盖章）：')
    // 10 columns in four fields: A–B, C–D, E–F, G–J; one blank row under 总分.
    expect(sign).toBe(rowOf(draft, '总分') + 2)
    expect([1, 3, 5, 7].map((c) => draft.getCell(sign, c).value)).toEqual([
      '填报单位（盖章）：',
      '填表人：',
      '审核人：',
      '填报日期：',
    ])
    expect(draft.getCell(sign, 1).font.name).toBe('SimSun')
    expect(draft.pageSetup.printArea).toBe(`A1:J${sign}`)
    expect(draft.headerFooter.oddFooter).toBe('&C&"SimSun"第 &P 页，共 &N 页')
    expect(draft.headerFooter.oddHeader).toContain('草稿 / 未审核')
    const locked = (await readBack(await assessmentWorkbook([{ ...form, status: 'locked' }]))).worksheets[0]!
    expect(locked.headerFooter.oddHeader ?? '').not.toContain('草稿')
    expect(locked.headerFooter.oddFooter).toContain('&P')
  })

  it('writes both forms of the year, the department form with its six goals', async () => {
    const pkg = projectPackage()
    const buffer = await assessmentWorkbook([formOf(pkg, 'kz-2025-dept'), formOf(pkg, 'kz-2025-proj-1')])
    if (process.env.ASSESSMENT_XLSX_OUT)
      writeFileSync(process.env.ASSESSMENT_XLSX_OUT.replace(/\.xlsx$/, '-both.xlsx'), Buffer.from(buffer))
    const wb = await readBack(buffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['部门整体绩效自评表', '项目支出绩效自评表'])
    const ws = wb.getWorksheet('部门整体绩效自评表')!
    expect(ws.getCell('A3').value).toBe('部门（单位）名称')
    // 11 + 1 header + 6 goals → indicator header at 18, six rows 19–24, total at 25.
    const total = rowOf(ws, '总分')
    expect(total).toBe(25)
    // 9.71 + 15 + 7.50 + 15 + 15 + 14.44 + 15 = 91.65 → 优
    expect([ws.getCell(total, 8).value, ws.getCell(total, 10).value]).toEqual([91.65, '优'])
    // Spending is not logged by source: the sub-rows' 执行数 stay a dash.
    expect(ws.getCell('F8').value).toBe('—')
  })
})
