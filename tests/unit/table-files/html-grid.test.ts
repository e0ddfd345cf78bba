// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { gridToText, parseTargetTables } from '@/domain/paste'
import { htmlTables } from '@/table-files/html-grid'
import { clipboardTablesText } from '@/table-files/open-table-file'
import { sheetsOf } from '../domain/paste/corpus/rows'
import { EXPECTED, TABLE, toHtml } from './sample-table'

describe('an HTML table from a web page or Word', () => {
  it('gives merged cells to their first position and leaves the covered ones empty', () => {
    const [grid] = htmlTables(
      '<table><tr><td rowspan="2">A</td><td colspan="2">B<br>C</td></tr><tr><td>d</td><td>e</td></tr></table>',
    )
    expect(grid).toEqual([
      ['A', 'B\nC', ''],
      ['', 'd', 'e'],
    ])
  })

  it('reads the table field by field, 元 in 万元', () => {
    const parsed = parseTargetTables(gridToText(htmlTables(toHtml(TABLE))[0]!))
    const [sheet] = sheetsOf(parsed)
    expect(sheet).toEqual({
      kind: 'project',
      name: '乡村学校少年宫',
      year: 2024,
      budget: '150.00',
      rows: EXPECTED,
    })
    expect(parsed.unitName).toBe('南山县教育局')
  })

  it('takes the clipboard HTML only when it holds a table', () => {
    const clipboard = (html: string) =>
      ({ getData: (t: string) => (t === 'text/html' ? html : '') }) as DataTransfer
    expect(clipboardTablesText(clipboard('<p>只有文字</p>'))).toBeNull()
    expect(clipboardTablesText(clipboard(toHtml(TABLE)))?.split('\n')[4]).toBe(
      '一级指标\t二级指标\t三级指标\t指标方向\t指标值\t计量单位\t分值',
    )
  })
})
