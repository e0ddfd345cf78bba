// The built-in data (public/samples/kizilsu-zgh-2025.json) against the published 2025 budget disclosure
// (tests/fixtures/kizilsu-zgh-2025-disclosure.txt, the unit's published text). Every expected value below was
// read off the document by hand; the test checks it both in the JSON and in the document's text.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const json = JSON.parse(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8'))
const disclosure = readFileSync('tests/fixtures/kizilsu-zgh-2025-disclosure.txt', 'utf8')
/** The PDF text with its line breaks and spaces removed, so broken cells read whole again. */
const flat = disclosure.replace(/\s+/g, '')
const squash = (s: string) => s.replace(/\s+/g, '')

const departmentTable = flat.slice(flat.indexOf('部门整体绩效目标表'), flat.indexOf('项目支出绩效目标表'))
const projectTable = flat.slice(flat.indexOf('项目支出绩效目标表'), flat.indexOf('(五)其他需说明的事项'))

interface Expected {
  id: string
  level1: string
  level2: string
  name: string
  target: string
  weight: number
  basis: string
  lastYear?: string
  rule?: string
  evidence?: string
}

const department: Expected[] = [
  {
    id: 'd-i1',
    level1: '履职效能',
    level2: '数量指标',
    name: '开展职工文体活动（次）',
    target: '＞=4 次',
    weight: 15,
    basis: '2025 年工作要点',
  },
  {
    id: 'd-i2',
    level1: '履职效能',
    level2: '数量指标',
    name: '在基层工会开展“安康杯”竞赛（次）',
    target: '＞=2 次',
    weight: 15,
    basis: '2025 年工作要点',
  },
  {
    id: 'd-i3',
    level1: '履职效能',
    level2: '数量指标',
    name: '开展劳动和技能竞赛（次）',
    target: '＞=4 次',
    weight: 15,
    basis: '2025 年工作要点',
  },
  {
    id: 'd-i4',
    level1: '履职效能',
    level2: '数量指标',
    name: '开展劳模工匠“进校园、助企行”活动（家）',
    target: '＞=5 家',
    weight: 15,
    basis: '2025 年工作要点',
  },
  {
    id: 'd-i5',
    level1: '履职效能',
    level2: '数量指标',
    name: '加大全州在职职工医疗互助保障参与率（人）',
    target: '＞=27000人',
    weight: 15,
    basis: '2024 年工作要点',
  },
  {
    id: 'd-i6',
    level1: '履职效能',
    level2: '数量指标',
    name: '开展集体协商观摩（次）',
    target: '＞=4 次',
    weight: 15,
    basis: '2024 年工作要点',
  },
]

const project: Expected[] = [
  {
    id: 'p1-i1',
    level1: '产出指标',
    level2: '数量指标',
    name: '划拨工会经费次数',
    target: '＞=1次',
    weight: 15,
    basis: '计划标准',
    lastYear: '＞=1次',
    rule: '按照正常比例赋分',
    evidence: '工作资料',
  },
  {
    id: 'p1-i2',
    level1: '产出指标',
    level2: '质量指标',
    name: '资金使用合规率',
    target: '=100%',
    weight: 15,
    basis: '计划标准',
    lastYear: '100%',
    rule: '按照正常比例赋分',
    evidence: '工作资料',
  },
  {
    id: 'p1-i3',
    level1: '产出指标',
    level2: '时效指标',
    name: '上缴自治区工会经费及时率',
    target: '=100%',
    weight: 10,
    basis: '计划标准',
    lastYear: '100%',
    rule: '按照正常比例赋分',
    evidence: '工作资料',
  },
  {
    id: 'p1-i4',
    level1: '成本指标',
    level2: '经济成本指标',
    name: '上缴自治区总工会经费',
    target: '＞=50万元',
    weight: 10,
    basis: '预算支出标准',
    lastYear: '50万',
    rule: '按照正常比例赋分',
    evidence: '原始凭证',
  },
  {
    id: 'p1-i5',
    level1: '成本指标',
    level2: '经济成本指标',
    name: '上缴州总工会工会经费',
    target: '＞=50万元',
    weight: 10,
    basis: '预算支出标准',
    lastYear: '50万',
    rule: '按照正常比例赋分',
    evidence: '原始凭证',
  },
  {
    id: 'p1-i6',
    level1: '效益指标',
    level2: '社会效益指标',
    name: '提升公共服务质量',
    target: '有效提升',
    weight: 20,
    basis: '计划标准',
    lastYear: '有效提升',
    rule: '按评判等级赋分',
    evidence: '说明材料',
  },
  {
    id: 'p1-i7',
    level1: '满意度指标',
    level2: '满意度指标',
    name: '职工群众满意度',
    target: '＞=95%',
    weight: 10,
    basis: '计划标准',
    lastYear: '95%',
    rule: '满意度赋分',
    evidence: '工作资料',
  },
]

const sheet = (id: string) => json.sheets.find((s: { id: string }) => s.id === id)

describe('built-in 2025 data against the published disclosure', () => {
  it('is one unit, 克孜勒苏柯尔克孜自治州总工会, with two 2025 sheets', () => {
    expect(json.format).toBe('perf-ledger')
    expect(json.version).toBe(1)
    expect(json.units).toEqual([{ id: 'kz-fed', name: '克孜勒苏柯尔克孜自治州总工会', parentId: null }])
    expect(json.sheets.map((s: { kind: string; year: number }) => [s.kind, s.year])).toEqual([
      ['department', 2025],
      ['project', 2025],
    ])
  })

  for (const [table, sheetId, rows] of [
    ['部门整体绩效目标表', 'kz-2025-dept', department],
    ['项目支出绩效目标表', 'kz-2025-proj-1', project],
  ] as const) {
    describe(table, () => {
      const tableText = sheetId === 'kz-2025-dept' ? departmentTable : projectTable
      it(`has exactly ${rows.length} indicators, in the published order`, () => {
        expect(sheet(sheetId).indicators.map((i: { id: string }) => i.id)).toEqual(rows.map((r) => r.id))
      })
      for (const row of rows) {
        it(`${row.name}: ${row.target}, ${row.weight} 分`, () => {
          const indicator = sheet(sheetId).indicators.find((i: { id: string }) => i.id === row.id)
          for (const key of [
            'level1',
            'level2',
            'name',
            'target',
            'weight',
            'basis',
            'lastYear',
            'rule',
            'evidence',
          ] as const) {
            expect(indicator[key], key).toEqual(row[key])
          }
          // The same cells, in order, in the document's own text.
          const cells = [
            row.name,
            row.target,
            ...(row.lastYear ? [row.basis, row.lastYear] : []),
            String(row.weight),
          ]
          let at = tableText.indexOf(squash(row.name))
          expect(at, `${row.name} in the document`).toBeGreaterThanOrEqual(0)
          for (const cell of cells) {
            const next = tableText.indexOf(squash(cell), at)
            expect(next, `${cell} after ${row.name}`).toBeGreaterThanOrEqual(at)
            at = next
          }
        })
      }
      it('weights add up to 90 (the other 10 are the budget execution rate)', () => {
        expect(rows.reduce((total, r) => total + r.weight, 0)).toBe(90)
      })
    })
  }

  it('department budget: total 411.81 = 基本支出 311.81 (人员 306.77 + 公用 5.04) + 项目支出 100.00', () => {
    const dept = sheet('kz-2025-dept')
    expect(dept.budget).toMatchObject({
      initial: '411.81',
      adjusted: '411.81',
      basic: '311.81',
      personnel: '306.77',
      publicUse: '5.04',
      project: '100.00',
    })
    expect(dept.funds).toMatchObject({
      fiscal: '311.81',
      other: '100.00',
      fiscalFromUpper: '0.00',
      fiscalOwnLevel: '311.81',
    })
    expect(flat).toContain('收支总预算411.81万元')
    expect(flat).toContain('基本支出311.81万元')
    expect(flat).toContain('项目支出100.00万元')
    expect(flat).toContain('总计311.81306.775.04')
    expect(departmentTable).toContain('上级安排0.00本级安排311.81其他资金（万元）其他100.00')
  })

  it('project budget: 2025年预算工会经费, 年度预算总额 100.00, all of it 财政拨款, owner 罗菲菲', () => {
    const proj = sheet('kz-2025-proj-1')
    expect(proj.name).toBe('2025年预算工会经费')
    expect(proj.owner).toBe('罗菲菲')
    expect(proj.budget).toEqual({ initial: '100.00', adjusted: '100.00' })
    expect(proj.funds).toEqual({ fiscal: '100.00', other: '0.00' })
    expect(projectTable).toContain('项目名称2025年预算工会经费项目负责人罗菲菲')
    expect(projectTable).toContain('年度预算总额100.00其中：财政拨款100.00其他资金0.00')
  })

  it('keeps the goals word for word: six department goals and the project goal', () => {
    const goals: string[] = [...sheet('kz-2025-dept').goals, ...sheet('kz-2025-proj-1').goals]
    expect(goals).toHaveLength(7)
    for (const goal of goals) expect(flat).toContain(squash(goal))
  })
})
