// Tables of other units' styles, made for this test (titles of every kind or none, run-together
// header blocks, 元, wide layouts, pipes with empty cells and broken rows, quoted TSV cells,
// 指标方向, 分值 first or absent, old level names, ★, 其中 rows): each read field by field.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseTargetTables } from '@/domain/paste'
import { CORPUS } from './corpus/expected'
import { sheetsOf } from './corpus/rows'

const text = (file: string) =>
  readFileSync(fileURLToPath(new URL(`./corpus/${file}`, import.meta.url)), 'utf8')

describe('the corpus of other units’ tables', () => {
  it.each(CORPUS.map((c) => [c.file, c] as const))('%s comes out right field by field', (file, expected) => {
    expect(sheetsOf(parseTargetTables(text(file)))).toEqual(expected.sheets)
  })

  it('says what it converted, skipped and doubted', () => {
    const yuan = parseTargetTables(text('a-declaration-run-together.txt'))
    expect(yuan.problems.map((p) => p.message.zh)).toEqual(['表中金额单位为元，已换算为万元。'])
    expect(yuan.sheets[0]!.funds.fiscal).toBe('202.64')
    const breakdown = parseTargetTables(text('e-no-title-weight-first.txt'))
    expect(breakdown.problems.map((p) => [p.line, p.message.zh.slice(0, 7)])).toEqual([
      [5, '“其中”分项行'],
      [1, '没有读到年度，'],
      [1, '没有读到预算金'],
    ])
    const noWeight = parseTargetTables(text('f-no-weight-old-levels.txt'))
    expect(noWeight.problems.map((p) => p.message.zh)).toEqual([
      '表中没有分值（权重）列，各指标分值暂记为 0，请填写。',
    ])
    const direction = parseTargetTables(text('d-direction-column.txt'))
    expect(direction.sheets[0]!.indicators.map((i) => i.direction)).toEqual([
      'forward',
      'forward',
      'reverse',
      'reverse',
      'forward',
    ])
    expect(direction.sheets[0]!.indicators[2]!.targetText).toBe('3 %')
  })

  it('counts the exact indicators', () => {
    let exact = 0
    let total = 0
    for (const c of CORPUS) {
      const got = sheetsOf(parseTargetTables(text(c.file))).flatMap((s) => s.rows)
      const want = c.sheets.flatMap((s) => s.rows)
      total += want.length
      exact += want.filter((row, k) => JSON.stringify(got[k]) === JSON.stringify(row)).length
    }
    expect([exact, total]).toEqual([39, 39])
  })
})

describe('cells it cannot read are kept, with a problem in place', () => {
  const table = [
    '一级指标\t二级指标\t三级指标\t指标值\t分值',
    '产出指标\t数量指标\t培训人数\t\t30',
    '\t\t培训期数\t约6期\t二十',
    '效益指标\t社会效益指标\t服务质量\t严格执行\t60',
  ].join('\n')
  const { sheets, problems } = parseTargetTables(table)

  it('keeps every row: an empty target (no target yet), a range, a weight in words', () => {
    const rows = sheets[0]!.indicators.map((i) => [i.name, i.target, i.targetText, i.weight])
    expect(rows).toEqual([
      ['培训人数', null, '', 30],
      ['培训期数', null, '约6期', 0],
      ['服务质量', { op: 'qualitative', text: '严格执行' }, '严格执行', 60],
    ])
  })

  it('says where it hesitated', () => {
    expect(problems.map((p) => [p.line, p.message.zh.slice(0, 9)])).toEqual([
      [2, '指标值为空，请填写'],
      [3, '分值“二十”不是数'],
      [3, '指标值无法识别，已'],
      [1, '没有读到年度，请核'],
      [1, '没有读到预算金额，'],
    ])
  })
})

describe('titles of every kind, or none', () => {
  const rows = '一级指标 二级指标 三级指标 指标值 分值\n产出指标 数量指标 培训人数 ≥200人 90'
  it.each<[string, string, 'project' | 'department', number]>([
    ['项目支出绩效目标申报表\n（2020年度）\n项目名称 职工培训', '职工培训', 'project', 2020],
    [
      '部门预算项目绩效目标申报表(2021年)\n项目名称：职工培训 主管部门：某区总工会 实施单位：某区职工学校',
      '职工培训',
      'project',
      2021,
    ],
    ['职工培训项目绩效目标表\n2022年\n项目名称\n职工培训', '职工培训', 'project', 2022],
    [
      '部门整体支出绩效目标表\n2019年度)\n部门名称 某区总工会',
      '某区总工会部门整体（2019年）',
      'department',
      2019,
    ],
    ['绩效目标表\n（2023年）\n单位名称 某区总工会', '某区总工会部门整体（2023年）', 'department', 2023],
    [
      '填报单位:(盖章) 某区总工会 单位:万元\n项目名称 职工培训 年度预算 12\n2024年',
      '职工培训',
      'project',
      2024,
    ],
  ])('%j', (head, name, kind, year) => {
    const { sheets } = parseTargetTables(`${head}\n${rows}`)
    expect(sheets.map((s) => [s.kind, s.name, s.year, s.indicators.length])).toEqual([[kind, name, year, 1]])
  })
})
