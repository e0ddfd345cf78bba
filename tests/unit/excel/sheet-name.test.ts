import { describe, expect, it } from 'vitest'
import { safeSheetName } from '@/excel/sheet-name'

describe('safeSheetName', () => {
  it('cuts before an unclosed bracket, never inside it', () => {
    // 21 chars before "（", the bracket part would pass 31
    const name = safeSheetName('1 部门整体 某某市某某区教育局机关本级部门整体（2025年度）', new Set())
    expect(name).toBe('1 部门整体 某某市某某区教育局机关本级部门整体')
    expect(Array.from(name).length).toBeLessThanOrEqual(31)
  })

  it('replaces forbidden characters and outer apostrophes', () => {
    expect(safeSheetName("'a/b[c]:d*e?f\\g'", new Set())).toBe('a b c d e f g')
  })

  it('keeps names unique, case-insensitive, within 31', () => {
    const used = new Set<string>()
    expect(safeSheetName('Sheet', used)).toBe('Sheet')
    expect(safeSheetName('sheet', used)).toBe('sheet（2）')
    const long = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二'
    expect(safeSheetName(long, used)).toBe(long.slice(0, 31))
    expect(safeSheetName(long, used)).toBe(`${long.slice(0, 28)}（2）`)
  })
})
