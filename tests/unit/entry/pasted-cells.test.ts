import { describe, expect, it } from 'vitest'
import { readDelimited } from '@/domain/entry/pasted-cells'
import { sheetDate } from '@/domain/entry/sheet-date'

describe('readDelimited', () => {
  it('keeps a quoted cell with a line break, a tab and doubled quotes whole', () => {
    const text = '2025/3/5\t培训次数\t2\t"第一行\n第二行"\r\n3月6日\t"a\tb"\t1\t"说""好的"""\n'
    expect(readDelimited(text)).toEqual([
      ['2025/3/5', '培训次数', '2', '第一行\n第二行'],
      ['3月6日', 'a\tb', '1', '说"好的"'],
    ])
  })

  it('a quote inside a cell or never closed is text', () => {
    expect(readDelimited('5"寸\t1\n"open\t2')).toEqual([['5"寸', '1'], ['"open\t2']])
  })

  it('reads CSV with a comma separator', () =>
    expect(readDelimited('a,"b,c",d', ',')).toEqual([['a', 'b,c', 'd']]))
})

describe('sheetDate', () => {
  it.each([
    ['3月5日', '2025-03-05'],
    ['3/5', '2025-03-05'],
    ['2025/3/5', '2025-03-05'],
    ['2025年3月5日', '2025-03-05'],
    ['2025.3.5', '2025-03-05'],
    ['2025-03-05', '2025-03-05'],
    // 45721 − 25569 = 20152 days after 1970-01-01: 2025-01-01 is day 20089, +63 → 5 March
    ['45721', '2025-03-05'],
    ['45658', '2025-01-01'],
    ['12345', '12345'],
    ['明天', '明天'],
  ])('%s → %s', (text, expected) => expect(sheetDate(text, 2025)).toBe(expected))
})
