import { describe, expect, it } from 'vitest'
import { fromSpreadsheetText, spreadsheetSafeText } from '@/domain/spreadsheet-safe'

describe('spreadsheetSafeText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('neutralises %j', (input, output) => {
    expect(spreadsheetSafeText(input)).toBe(output)
    expect(fromSpreadsheetText(output)).toBe(input)
  })

  it.each(['开展职工文体活动（次）', '＞=4 次', '=100%'.slice(1), '100%', "'quoted", ''])(
    'leaves %j alone',
    (text) => {
      expect(spreadsheetSafeText(text)).toBe(text)
      expect(fromSpreadsheetText(text)).toBe(text)
    },
  )

  it('a published target that starts with = is still text, not a formula', () => {
    expect(spreadsheetSafeText('=100%')).toBe("'=100%")
  })
})
