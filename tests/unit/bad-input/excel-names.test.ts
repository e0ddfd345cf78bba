// Worksheet names from user text (issue 16): a sheet name ending in an apostrophe, with []:*?/\ or
// longer than 31 characters made ExcelJS throw and the export fail with no file and no message.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Sheet } from '@/domain/types'
import { safeSheetName } from '@/excel/sheet-name'
import { writeTargetsWorkbook } from '@/excel/targets-export'

const sheet = (name: string): Sheet => ({
  id: `s-${name.length}`,
  unitId: 'u',
  year: 2025,
  kind: 'project',
  name,
  goals: [],
  budget: { initial: '1.00', adjusted: '1.00' },
  funds: { fiscal: '1.00', other: '0.00' },
  scoring: {},
  indicators: [],
})

describe('worksheet names Excel accepts', () => {
  it('leaves no apostrophe at the end after a cut at 31 characters', () => {
    // "1 项目 " is 5 characters: the 31st is the apostrophe after 25 more.
    const name = safeSheetName(`1 项目 ${'甲'.repeat(25)}'乙乙乙`, new Set())
    expect(name).toBe(`1 项目 ${'甲'.repeat(25)}`)
  })

  it('leaves no apostrophe before a numbering suffix, and never uses History', () => {
    const used = new Set<string>(['x'])
    expect(safeSheetName("x'", used)).toBe('x（2）')
    expect(safeSheetName('History', new Set())).toBe('Sheet')
    expect(safeSheetName('\u202e\u200b', new Set())).toBe('Sheet')
  })

  it('a targets workbook of sheets named with an ending apostrophe, brackets and 40 characters is written', async () => {
    const names = ["职工之家'", "[审核]:*?/\\'", `${'很长的项目名称'.repeat(6)}'`, "职工之家'"]
    const data = await writeTargetsWorkbook({ unitName: "工会'", sheets: names.map(sheet) })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(data)
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '1 项目 职工之家',
      '2 项目 审核',
      `3 项目 ${'很长的项目名称'.repeat(6)}`.slice(0, 31),
      '4 项目 职工之家',
    ])
    for (const w of book.worksheets) expect(w.name).not.toMatch(/'$|^'|[[\]:*?/\\]/)
  })
})
