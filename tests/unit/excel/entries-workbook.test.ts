// @vitest-environment node
// A template filled with 200 rows, three of them wrong: 197 import, the three come back as a
// workbook to fix; importing the same file again adds nothing.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importWorkbookEntries, importWorkbookFile } from '@/db/workbook-entries'
import { checkWorkbookRows } from '@/domain/entry/workbook-entries'
import { checkSpendingRows } from '@/domain/entry/workbook-spending'
import {
  entriesTemplate,
  failedRowsWorkbook,
  readEntriesFile,
  readEntriesWorkbook,
  ENTRY_SHEET,
  SPENDING_SHEET,
} from '@/excel/entries-workbook'
import { yearOfEntries } from '../fixtures/built-in'
import { yearWorld } from '../db/helpers'

const sheet = yearOfEntries().sheets.find((s) => s.id === 'kz-2025-proj-1')!
const candidates = sheet.indicators.filter((i) => i.target?.op !== 'qualitative')
const names = candidates.map((i) => i.name)

async function filled(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await entriesTemplate(names))
  const ws = wb.getWorksheet(ENTRY_SHEET)!
  for (let k = 0; k < 200; k++) {
    const day = new Date(Date.UTC(2025, 0, 1 + k)).toISOString().slice(0, 10)
    // 划拨工会经费次数 counts 次 (whole numbers), 资金使用合规率 is a %.
    const row =
      k % 2 ? ['划拨工会经费次数', day, '1', `第${k}次`, '张三'] : ['资金使用合规率', day, '100', '', '']
    if (k === 10) row[0] = '不存在的指标'
    if (k === 50) row[1] = '2025-13-01'
    if (k === 120) row[2] = '一些'
    ws.getRow(k + 2).values = row
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer
}

describe('进度填报 workbook', () => {
  it('the template lists the indicators as a pick list in the 指标 column', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await entriesTemplate(names))
    const ws = wb.getWorksheet(ENTRY_SHEET)!
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['指标', '日期', '数值', '备注', '填报人'])
    expect(ws.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'指标清单'!$A$1:$A$${names.length}`],
    })
    expect(wb.getWorksheet('指标清单')!.getCell('A1').value).toBe(names[0])
  })

  it('200 rows, 3 wrong: 197 good, each bad row with its row, column and what is wrong', async () => {
    const rows = await readEntriesWorkbook(await filled())
    expect(rows).toHaveLength(200)
    const checked = checkWorkbookRows(rows, candidates, 2025, '2025-12-31')
    expect(checked.good).toHaveLength(197)
    // Data row k is worksheet row k + 2 (the header is row 1).
    expect(checked.bad.map((b) => b.problems.map((p) => [p.row, p.column, p.code]))).toEqual([
      [[12, '指标', 'indicatorUnknown']],
      [[52, '日期', 'dateInvalid']],
      [[122, '数值', 'notNumber']],
    ])
    const back = await readEntriesWorkbook(
      await failedRowsWorkbook(
        names,
        checked.bad.map((b) => ({
          cells: b.row.cells,
          problems: b.problems.map((p) => `${p.column}：${p.code}`).join('；'),
        })),
      ),
    )
    expect(back.map((r) => r.cells[0])).toEqual(['不存在的指标', '资金使用合规率', '资金使用合规率'])
  })

  it('imports the 197 through addProgressBatch; the same file again adds nothing', async () => {
    const w = await yearWorld()
    const before = await w.db.progress.count()
    const checked = checkWorkbookRows(
      await readEntriesWorkbook(await filled()),
      candidates,
      2025,
      '2025-12-31',
    )
    const first = await importWorkbookEntries(w.db, w.entry, checked.good)
    expect(first.added).toHaveLength(197)
    expect(first.added.find((r) => r.note === '第1次')).toMatchObject({
      by: '张三',
      value: '1',
      date: '2025-01-02',
    })
    const again = checkWorkbookRows(await readEntriesWorkbook(await filled()), candidates, 2025, '2025-12-31')
    const second = await importWorkbookEntries(w.db, w.entry, again.good)
    expect(second).toEqual({ added: [], skipped: 197 })
    expect(await w.db.progress.count()).toBe(before + 197)
  })

  it('the 支出 sheet: projects and fund sources to pick from; imported with the entries in one go', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await entriesTemplate(names, [sheet.name]))
    const ws = wb.getWorksheet(SPENDING_SHEET)!
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '项目',
      '日期',
      '金额（元）',
      '资金来源',
      '备注',
    ])
    expect(ws.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'指标清单'!$B$1:$B$1`],
    })
    expect(ws.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`'指标清单'!$C$1:$C$3`],
    })
    ws.getRow(2).values = [sheet.name, '2025-04-01', '2500', '上年结转资金', '慰问品']
    ws.getRow(3).values = [sheet.name, '2025-04-02', '1000', '', '']
    wb.getWorksheet(ENTRY_SHEET)!.getRow(2).values = ['资金使用合规率', '2025-04-01', '100', '', '']
    const file = await readEntriesFile((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const entries = checkWorkbookRows(file.entries, candidates, 2025, '2025-12-31').good
    const spending = checkSpendingRows(
      file.spending,
      [{ id: sheet.id, name: sheet.name }],
      2025,
      '2025-12-31',
    ).good
    const w = await yearWorld()
    const before = await w.db.audit.count()
    const done = await importWorkbookFile(w.db, w.entry, { entries, spending })
    expect(done.added.entries).toHaveLength(1)
    // 2,500 元 = 0.25 万元; 1,000 元 = 0.1 万元, from 当年财政拨款 (no source).
    expect(done.added.spending.map((s) => [s.amount, s.source, s.note])).toEqual([
      ['0.25', 'carryover', '慰问品'],
      ['0.1', undefined, undefined],
    ])
    expect(await w.db.audit.count()).toBe(before + 3)
    expect(await importWorkbookFile(w.db, w.entry, { entries, spending })).toMatchObject({ skipped: 3 })
  })

  it('a submitted or locked sheet refuses the whole file: nothing is written', async () => {
    const w = await yearWorld()
    const rows = checkWorkbookRows(await readEntriesWorkbook(await filled()), candidates, 2025, '2025-12-31')
    await w.db.sheets.update(sheet.id, { status: 'locked' })
    const before = await w.db.progress.count()
    await expect(importWorkbookFile(w.db, w.entry, { entries: rows.good, spending: [] })).rejects.toThrow()
    expect(await w.db.progress.count()).toBe(before)
  })

  it('prints one page wide on A4 landscape; a long 问题 wraps in a row high enough for it', async () => {
    const wb = new ExcelJS.Workbook()
    const problems =
      '金额（元）：请填写数字（如 3 或 12.5）；资金来源：应为当年财政拨款、上年结转资金或其他资金'
    await wb.xlsx.load(
      await failedRowsWorkbook(
        names,
        [],
        [{ cells: ['x', '2025-01-01', '一百', '拨款', ''], problems }],
        ['x'],
      ),
    )
    const ws = wb.getWorksheet(SPENDING_SHEET)!
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, paperSize: 9 })
    expect(ws.getCell('F2').value).toBe(problems)
    expect(ws.getCell('F2').alignment).toMatchObject({ wrapText: true, vertical: 'top' })
    // 41 CJK characters (82 units) and 8 others: 90 units over 49 a line → 2 lines of 15 points.
    expect(ws.getRow(2).height).toBe(30)
  })
})
