// One published table (a 部门预算项目绩效目标申报表 with merged level cells, ★, 元, 指标方向) in the
// shape every file reader must give back, and what the paste reader must make of it.
import type { Row } from '../domain/paste/corpus/expected'

/** [text, rowspan, colspan] cells per row; a covered position is not listed, as in HTML. */
export type SpannedRow = (string | [string, number, number])[]

// prettier-ignore
export const TABLE: SpannedRow[] = [
  [['部门预算项目绩效目标申报表（2024年）', 1, 7]],
  ['项目名称', ['乡村学校少年宫', 1, 2], '主管部门', ['南山县教育局', 1, 3]],
  ['金额单位：元', ['年度资金总额 1500000', 1, 6]],
  [['年度目标', 1, 1], ['建成少年宫 10 所，培训辅导员 200 人次。', 1, 6]],
  ['一级指标', '二级指标', '三级指标', '指标方向', '指标值', '计量单位', '分值'],
  [['产出指标', 3, 1], ['数量指标', 2, 1], '★建成少年宫数', '正向', '10', '所', '30'],
  ['培训辅导员', '正向', '≥200', '人次', '20'],
  ['质量指标', '安全事故发生率', '反向', '1', '%', '20'],
  [['效益指标', 1, 1], '社会效益指标', '学生课余生活', '', '明显丰富', '', '10'],
  [['满意度指标', 1, 1], '服务对象满意度指标', '学生满意度', '正向', '═95', '%', '10'],
]

// prettier-ignore
export const EXPECTED: Row[] = [
  ['产出指标', '数量指标', '建成少年宫数', '>=', '10', '所', 30],
  ['产出指标', '数量指标', '培训辅导员', '>=', '200', '人次', 20],
  ['产出指标', '质量指标', '安全事故发生率', '<=', '1', '%', 20],
  ['效益指标', '社会效益指标', '学生课余生活', '定性', '明显丰富', '', 10],
  ['满意度指标', '服务对象满意度指标', '学生满意度', '=', '95', '%', 10],
]

const cell = (c: SpannedRow[number]) => (typeof c === 'string' ? ([c, 1, 1] as const) : c)

export function toHtml(rows: SpannedRow[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const trs = rows.map(
    (r) =>
      `<tr>${r
        .map(cell)
        .map(([t, rs, cs]) => `<td rowspan="${rs}" colspan="${cs}"><p>${esc(t)}</p></td>`)
        .join('')}</tr>`,
  )
  return `<html><body><p>说明</p><table border="1">${trs.join('')}</table></body></html>`
}

/** The grid with every covered position present: what docx, xlsx and pdf readers place. */
export function fullGrid(
  rows: SpannedRow[],
  width = 7,
): { text: string; covered: boolean; spanStart: boolean }[][] {
  const grid: { text: string; covered: boolean; spanStart: boolean }[][] = rows.map(() => [])
  const taken = new Set<string>()
  rows.forEach((r, i) => {
    let col = 0
    for (const c of r.map(cell)) {
      while (taken.has(`${i},${col}`)) col++
      const [t, rs, cs] = c
      for (let d = 0; d < rs; d++)
        for (let k = 0; k < cs; k++) {
          taken.add(`${i + d},${col + k}`)
          grid[i + d]![col + k] = {
            text: d === 0 && k === 0 ? t : '',
            covered: d > 0 || k > 0,
            spanStart: d === 0 && k === 0,
          }
        }
      col += cs
    }
  })
  return grid.map((r) =>
    Array.from({ length: width }, (_, k) => r[k] ?? { text: '', covered: false, spanStart: false }),
  )
}
