// Four more real layouts, built from docs/domain.md's description of how published tables come out of a
// PDF, a web page or a spreadsheet. Every field of every parsed sheet and indicator is asserted.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseTargetTables } from '@/domain/paste'
import type { Indicator, Sheet } from '@/domain/types'

const read = (name: string) =>
  parseTargetTables(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8'))

const gte = (value: string, unit: string) => ({ op: '>=', value, unit }) as const
const lte = (value: string, unit: string) => ({ op: '<=', value, unit }) as const
const judged = (text: string) => ({ op: 'qualitative', text }) as const

const fwd = { direction: 'forward' } as const
const rev = { direction: 'reverse' } as const

const withoutIndicators = ({ indicators: _, ...sheet }: Sheet) => sheet

function ind(
  id: string,
  [level1, level2, name]: [string, string, string],
  target: Indicator['target'],
  targetText: string,
  weight: number,
  extra: Partial<Indicator> = {},
): Indicator {
  const measure = target && target.op !== 'qualitative' && target.unit === '%' ? 'latest' : 'cumulative'
  return { id, level1, level2, name, target, targetText, weight, measure, ...extra }
}

describe('one cell per line, blank lines between (a web page copied)', () => {
  const { sheets, problems, unitName } = read('cell-per-line.txt')

  it('reads the header block whose labels stand on their own lines', () => {
    expect(problems).toEqual([])
    expect(unitName).toBeUndefined()
    expect(sheets).toHaveLength(1)
    const sheet = withoutIndicators(sheets[0]!)
    expect(sheet).toEqual({
      id: '2024-proj-1',
      unitId: '',
      year: 2024,
      kind: 'project',
      name: '职工书屋建设',
      owner: '李娜',
      goals: ['新建职工书屋 5 个，配送图书 2000 册。'],
      budget: { initial: '8.00', adjusted: '8.00' },
      funds: { fiscal: '0.00', other: '0.00' },
      scoring: {},
    })
  })

  it('reads every cell, levels carried to the rows below', () => {
    // 30 + 30 + 20 + 10 = 90
    expect(sheets[0]!.indicators).toEqual([
      ind('p1-i1', ['产出指标', '数量指标', '新建职工书屋'], gte('5', '个'), '≥5个', 30),
      ind('p1-i2', ['产出指标', '数量指标', '配送图书'], gte('2000', '册'), '≥2000册', 30),
      ind('p1-i3', ['效益指标', '社会效益指标', '职工阅读条件'], judged('明显改善'), '明显改善', 20),
      ind('p1-i4', ['满意度指标', '服务对象满意度指标', '职工满意度'], gte('90', '%'), '≥90%', 10),
    ])
  })
})

describe('operator, direction, nature and unit in columns of their own, ASCII punctuation', () => {
  const { sheets, problems } = read('operator-columns.txt')

  it('reads the header written with ASCII colons and parentheses', () => {
    expect(problems).toEqual([])
    const sheet = withoutIndicators(sheets[0]!)
    expect(sheet).toEqual({
      id: '2025-proj-1',
      unitId: '',
      year: 2025,
      kind: 'project',
      name: '困难职工帮扶',
      owner: '王强',
      goals: ['帮扶困难职工 200 户,发放帮扶资金 30 万元。'],
      budget: { initial: '30.00', adjusted: '30.00' },
      funds: { fiscal: '30.00', other: '0.00' },
      scoring: {},
    })
  })

  it('puts operator, value and unit together; 正向/反向 stand in for a missing operator', () => {
    expect(sheets[0]!.indicators).toEqual([
      ind('p1-i1', ['产出指标', '数量指标', '帮扶困难职工户数'], gte('200', '户'), '>= 200 户', 30, fwd),
      ind(
        'p1-i2',
        ['产出指标', '质量指标', '帮扶资金发放准确率'],
        { op: '=', value: '100', unit: '%' },
        '= 100 %',
        20,
        fwd,
      ),
      ind('p1-i3', ['产出指标', '时效指标', '资金发放完成时间'], lte('11', '月'), '<= 11 月', 10, rev),
      // no operator printed, direction 正向: at least 1500 元; the text is kept as printed
      ind('p1-i4', ['成本指标', '经济成本指标', '人均帮扶标准'], gte('1500', '元'), '1500 元', 10, fwd),
      // 定性, and its unit cell is empty
      ind('p1-i5', ['效益指标', '社会效益指标', '困难职工生活状况'], judged('有效改善'), '有效改善', 10, fwd),
      ind(
        'p1-i6',
        ['满意度指标', '服务对象满意度指标', '帮扶对象满意度'],
        gte('95', '%'),
        '>= 95 %',
        10,
        fwd,
      ),
    ])
  })
})

describe('a spreadsheet copy: tabs, extra columns, long-term targets, a blank row', () => {
  const { sheets, problems, unitName } = read('spreadsheet-copy.txt')

  it('reads the department header; no amount is reported, not guessed', () => {
    expect(unitName).toBe('某县总工会')
    const sheet = withoutIndicators(sheets[0]!)
    expect(sheet).toEqual({
      id: '2025-dept',
      unitId: '',
      year: 2025,
      kind: 'department',
      name: '某县总工会部门整体（2025年）',
      goals: ['目标1.开展职工文体活动。', '目标2.做好困难职工帮扶。'],
      budget: { initial: '0.00', adjusted: '0.00' },
      funds: { fiscal: '0.00', other: '0.00' },
      scoring: {},
    })
    expect(problems.map((p) => p.message.en)).toEqual([
      'No budget amount was found; 0 was recorded, please check.',
    ])
  })

  it('takes the annual target, not the long-term one, and skips 指标解释, 绩效标准, 备注', () => {
    expect(sheets[0]!.indicators).toEqual([
      ind('d-i1', ['履职效能', '数量指标', '开展职工文体活动'], gte('4', '次'), '≥4 次', 30),
      ind('d-i2', ['履职效能', '数量指标', '帮扶困难职工户数'], gte('200', '户'), '≥200 户', 30),
      // the 质量指标 row above is blank and gives no indicator
      ind('d-i3', ['管理效率', '预算管理', '预算执行率'], gte('90', '%'), '≥90 %', 20),
      ind('d-i4', ['管理效率', '预算管理', '会议费'], lte('2', '万元'), '≤2 万元', 10),
    ])
  })
})

describe('two projects in one paste, older level names, a level split over two lines', () => {
  const { sheets, problems } = read('two-projects-old-names.txt')

  it('reads two sheets with their own headers', () => {
    expect(sheets.map(withoutIndicators)).toEqual([
      {
        id: '2023-proj-1',
        unitId: '',
        year: 2023,
        kind: 'project',
        name: '职工疗休养',
        owner: '赵敏',
        goals: [],
        budget: { initial: '12.00', adjusted: '12.00' },
        funds: { fiscal: '0.00', other: '0.00' },
        scoring: {},
      },
      {
        id: '2023-proj-2',
        unitId: '',
        year: 2023,
        kind: 'project',
        name: '劳模慰问',
        owner: '钱进',
        goals: [],
        budget: { initial: '5.50', adjusted: '5.50' },
        funds: { fiscal: '0.00', other: '0.00' },
        scoring: {},
      },
    ])
  })

  it('reads 项目完成指标 / 项目效益指标 and satisfaction under 效益; weights absent are 0 and reported', () => {
    const basis = (text: string) => ({ basis: text })
    expect(sheets[0]!.indicators).toEqual([
      ind(
        'p1-i1',
        ['项目完成指标', '数量指标', '疗休养人数'],
        gte('120', '人'),
        '≥120人',
        0,
        basis('年度计划'),
      ),
      ind('p1-i2', ['项目完成指标', '时效指标', '完成时间'], lte('10', '月'), '≤10月', 0, basis('年度计划')),
      // "成本指标 经济成本指标" is a blank row; "社会效益" / "指标" is one cell broken over two lines
      ind(
        'p1-i3',
        ['项目效益指标', '社会效益指标', '职工获得感'],
        judged('明显提升'),
        '明显提升',
        0,
        basis('工作要点'),
      ),
      ind(
        'p1-i4',
        ['项目效益指标', '社会公众或服务对象满意度指标', '参加职工满意度'],
        gte('90', '%'),
        '≥90%',
        0,
        basis('问卷调查'),
      ),
    ])
    expect(sheets[1]!.indicators).toEqual([
      ind('p2-i1', ['产出指标', '数量指标', '慰问劳模人数'], gte('50', '人'), '＞=50 人', 60),
      ind('p2-i2', ['效益指标', '社会效益指标', '劳模荣誉感'], judged('有效提升'), '有效提升', 30),
    ])
    expect(problems.map((p) => [p.line, p.message.en])).toEqual([
      [1, 'The table has no weight column; every weight was set to 0, please fill them in.'],
    ])
  })
})
