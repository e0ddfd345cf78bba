import { describe, expect, it } from 'vitest'
import { parseTargetTables } from '@/domain/paste'

const projectTable = (rows: string) => `项目支出绩效目标表
（2024 年）
预算单位 某县总工会
项目名称 职工培训 项目负责人 张三
项目资金(万元)
年度预算总额 20.50
其中：财政拨款 20.50 其他资金 0.00
项目总体目标
开展职工技能培训 6 期，培训 300 人次。
一级指标 二级指标 三级指标 指标值 指标值设置依据 上年完成值 分值权重 指标赋分规则 佐证资料
${rows}
(五) 其他需说明的事项
`

describe('parseTargetTables on other layouts', () => {
  it('reads one row per line, with levels printed once per group', () => {
    const { sheets, problems } = parseTargetTables(
      projectTable(`产出指标 数量指标 开展培训期数 ≥6期 计划标准 5期 20 按照正常比例赋分 签到表
培训人次 不少于 300 人次 计划标准 280人次 20 按照正常比例赋分 签到表
时效指标 培训完成时间 ≤12月 计划标准 12月 10 按照正常比例赋分 通知
效益指标 社会效益指标 职工技能水平 明显提升 计划标准 有所提升 30 按评判等级赋分 说明材料
满意度指标 满意度指标 参训职工满意度 ≥90% 问卷 90% 10 满意度赋分 问卷`),
    )
    expect(problems).toEqual([])
    const [sheet] = sheets
    expect(sheet).toMatchObject({ kind: 'project', year: 2024, name: '职工培训', owner: '张三' })
    expect(sheet!.budget).toEqual({ initial: '20.50', adjusted: '20.50' })
    expect(sheet!.goals).toEqual(['开展职工技能培训 6 期，培训 300 人次。'])
    expect(
      sheet!.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.weight, i.lastYear]),
    ).toEqual([
      ['产出指标', '数量指标', '开展培训期数', { op: '>=', value: '6', unit: '期' }, 20, '5期'],
      ['产出指标', '数量指标', '培训人次', { op: '>=', value: '300', unit: '人次' }, 20, '280人次'],
      ['产出指标', '时效指标', '培训完成时间', { op: '<=', value: '12', unit: '月' }, 10, '12月'],
      ['效益指标', '社会效益指标', '职工技能水平', { op: 'qualitative', text: '明显提升' }, 30, '有所提升'],
      ['满意度指标', '满意度指标', '参训职工满意度', { op: '>=', value: '90', unit: '%' }, 10, '90%'],
    ])
    expect(sheet!.indicators[1]!.targetText).toBe('不少于 300 人次')
  })

  it('keeps an unreadable target as text and says where it is', () => {
    const { sheets, problems } = parseTargetTables(
      projectTable('产出指标 数量指标 开展培训期数 约6期 计划标准 5期 90 按照正常比例赋分 签到表'),
    )
    expect(sheets[0]!.indicators[0]).toMatchObject({ target: null, targetText: '约6期', weight: 90 })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 11, text: '约6期' })
    expect(problems[0]!.message.zh).toContain('无法识别')
  })

  it('reports text with no table', () => {
    const { sheets, problems } = parseTargetTables('这里没有表格。')
    expect(sheets).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message.en).toContain('No indicator table was found')
  })

  it('reports a table without a column header', () => {
    const { sheets, problems } = parseTargetTables('部门整体绩效目标表\n（2025 年）\n部门名称 某单位\n')
    expect(sheets[0]!.indicators).toEqual([])
    expect(problems.map((p) => p.message.en)).toContain('No column header (一级指标, 二级指标 …) was found.')
  })

  it('reports a row cut short', () => {
    const { sheets, problems } = parseTargetTables(
      projectTable('产出指标 数量指标 开展培训期数 ≥6期 计划标准'),
    )
    expect(sheets[0]!.indicators).toEqual([])
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([
      [11, 'This row is incomplete; no indicator was read from it.'],
    ])
  })
})

describe('parseTargetTables on cells separated by "|"', () => {
  it('reads a Markdown table, one cell per column', () => {
    const { sheets, problems } = parseTargetTables(`部门整体绩效目标表
（2025 年）
部门名称 某县总工会
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标设定依据 | 分值权重 |
|---|---|---|---|---|---|
| 履职效能 | 数量指标 | 开展职工文体活动（次） | ≥ 4 次 | 2025 年工作要点 | 45 |
| | | 开展送温暖活动（户） | 不少于 300 户 | 2025 年工作要点 | 45 |
`)
    expect(problems.filter((p) => !p.message.en.includes('budget'))).toEqual([])
    expect(
      sheets[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.basis, i.weight]),
    ).toEqual([
      [
        '履职效能',
        '数量指标',
        '开展职工文体活动（次）',
        { op: '>=', value: '4', unit: '次' },
        '2025 年工作要点',
        45,
      ],
      [
        '履职效能',
        '数量指标',
        '开展送温暖活动（户）',
        { op: '>=', value: '300', unit: '户' },
        '2025 年工作要点',
        45,
      ],
    ])
  })
})
