import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { monitorAsOf, monitorForm } from '@/domain/monitoring'
import { scorePackage } from '@/domain/scoring'
import { FIRST_INDICATOR_ROW, monitorWorkbook, remarkOf, TABLE_HEADER_ROW } from '@/excel/monitor-workbook'
import { halfYear } from '../fixtures/built-in'

async function workbookOf(text = '竞赛组织人员不足', lockedSheetIds?: ReadonlySet<string>) {
  const pkg = halfYear()
  const scores = scorePackage(pkg, monitorAsOf(2025, 6))
  const deviations = [
    { indicatorId: 'd-i3', cause: '人员保障' as const, text, likelihood: '有可能' as const },
  ]
  const forms = pkg.sheets.map((sheet, i) => monitorForm(sheet, scores.sheets[i]!, deviations, 6))
  const bytes = await monitorWorkbook({ unitName: '克孜勒苏柯尔克孜自治州总工会', forms, lockedSheetIds })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  return workbook
}

describe('the monitoring workbook', () => {
  it('has one A4-landscape worksheet per target sheet with the official header', async () => {
    const wb = await workbookOf()
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      // Over 31 characters (Excel's limit): cut before the bracket that would be left open.
      '1 部门整体 克孜勒苏柯尔克孜自治州总工会部门整体',
      '2 项目支出 2025年预算工会经费',
    ])
    const ws = wb.worksheets[0]!
    expect(ws.getCell('A1').value).toBe('2025年度部门整体绩效目标执行监控表')
    expect(ws.getCell('A2').value).toBe('（截至2025年6月30日）')
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 })
    const head = ws.getRow(TABLE_HEADER_ROW).values as unknown[]
    expect(head.slice(1, 7)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '全年指标值',
      '1–6月执行情况',
      '全年预计完成情况',
    ])
    expect(ws.getCell(TABLE_HEADER_ROW, 7).value).toBe('偏差原因分析')
    expect(ws.getCell(TABLE_HEADER_ROW, 12).value).toBe('完成目标可能性')
    expect((ws.getRow(TABLE_HEADER_ROW + 1).values as unknown[]).slice(7, 15)).toEqual([
      '经费保障',
      '制度保障',
      '人员保障',
      '硬件保障',
      '其他',
      '确定能',
      '有可能',
      '完全不可能',
    ])
  })

  it('holds the engine figures of 30 June 2025', async () => {
    const ws = (await workbookOf()).worksheets[0]!
    // Budget: 411.81 / 411.81, 150 spent = 36.42 %, 序时进度 50 %, 300 by year end at this pace.
    expect((ws.getRow(5).values as unknown[]).slice(2, 9)).toEqual([
      411.81,
      411.81,
      150,
      36.42,
      50,
      300,
      '黄灯（滞后）',
    ])
    // d-i3: 1 of ≥4 done, 2 due: red; 2 by year end at this pace; reason under 人员保障, tick under 有可能.
    const r = FIRST_INDICATOR_ROW + 2
    expect(ws.getCell(r, 3).value).toBe('开展劳动和技能竞赛（次）')
    expect([ws.getCell(r, 4).value, ws.getCell(r, 5).value, ws.getCell(r, 6).value]).toEqual([
      '>=4次',
      '1次',
      '2次',
    ])
    expect(ws.getCell(r, 9).value).toBe('竞赛组织人员不足')
    expect(ws.getCell(r, 7).value).toBeNull()
    expect(ws.getCell(r, 13).value).toBe('√')
    expect(ws.getCell(r, 15).value).toBe('红灯（严重滞后）')
    // d-i6 has nothing logged.
    expect(ws.getCell(FIRST_INDICATOR_ROW + 5, 15).value).toBe('红灯（严重滞后）；尚无填报')
    // The six department indicators share 一级指标 履职效能: one merged cell.
    expect(ws.getCell(FIRST_INDICATOR_ROW + 5, 1).master.address).toBe(`A${FIRST_INDICATOR_ROW}`)
  })

  it('writes amounts with separators in SimSun, signature line, page numbers, draft mark', async () => {
    const wb = await workbookOf()
    const ws = wb.worksheets[0]!
    // Row 5: 年初预算数, 全年预算数, 执行数 as money; rate and time progress as plain percentages.
    expect([2, 3, 4, 5, 6, 7].map((c) => ws.getCell(5, c).numFmt)).toEqual([
      '#,##0.00',
      '#,##0.00',
      '#,##0.00',
      '0.00',
      '0.00',
      '#,##0.00',
    ])
    expect(ws.getCell(1, 1).font.name).toBe('SimSun')
    expect(ws.getCell(FIRST_INDICATOR_ROW, 3).font.name).toBe('SimSun')
    const sign = ws.rowCount
    // 15 columns: A–C, D–F, G–I, J–O
    expect([1, 4, 7, 10].map((c) => ws.getCell(sign, c).value)).toEqual([
      '填报单位（盖章）：',
      '填表人：',
      '审核人：',
      '填报日期：',
    ])
    expect(ws.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页')
    expect(ws.headerFooter.oddHeader).toContain('草稿 / 未审核')
    const locked = await workbookOf(undefined, new Set(['kz-2025-dept']))
    const lockedIds = locked.worksheets.map((w) => w.headerFooter.oddHeader ?? '')
    expect(lockedIds.map((h) => h.includes('草稿'))).toEqual([false, true])
  })

  it('keeps a reason that looks like a formula as text', async () => {
    const ws = (await workbookOf('=HYPERLINK("http://x")')).worksheets[0]!
    expect(ws.getCell(FIRST_INDICATOR_ROW + 2, 9).value).toBe('=HYPERLINK("http://x")')
  })

  it('writes 备注 from the light and the flags', () => {
    expect(remarkOf({ light: 'none', flags: [] })).toBe('')
    expect(remarkOf({ light: 'blue', flags: ['overshoot'] })).toBe('蓝灯（超前）；超出目标较多，需说明原因')
  })
  it('gives wrapped rows the height of their lines (LibreOffice and WPS keep the default height)', async () => {
    const ws = (await workbookOf()).worksheets[0]!
    const rowOf = (name: string) =>
      FIRST_INDICATOR_ROW +
      [...Array(6).keys()].findIndex((i) => ws.getCell(FIRST_INDICATOR_ROW + i, 3).value === name)
    // 17 CJK characters = 34 units in the 26-wide 三级指标 column (25 a line): 2 lines of 15 pt.
    expect(ws.getRow(rowOf('在基层工会开展“安康杯”竞赛（次）')).height).toBe(30)
    // 12 characters = 24 units: one line, the 20 pt minimum
    expect(ws.getRow(rowOf('开展劳动和技能竞赛（次）')).height).toBe(20)
    expect(ws.getCell(4, 1).alignment.wrapText).toBe(true)
  })
})
