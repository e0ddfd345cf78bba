// Each rule on a sheet made for it, then the seed's own two sheets (which rules fire there, and why).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPackage } from '@/domain/exchange'
import { parseTarget } from '@/domain/target-text'
import {
  DEFAULT_REVIEW_SETTINGS,
  describeFinding,
  nameSimilarity,
  reviewSheet,
  withAcceptances,
  openFindings,
} from '@/domain/target-review'
import type { Indicator, Sheet } from '@/domain/types'

let n = 0
function ind(
  level1: string,
  level2: string,
  name: string,
  target: string,
  more: Partial<Indicator> = {},
): Indicator {
  return {
    id: `i${++n}`,
    level1,
    level2,
    name,
    target: parseTarget(target).target,
    targetText: target,
    weight: 10,
    measure: 'cumulative',
    evidence: '工作资料',
    ...more,
  }
}

/** A project sheet no rule objects to: 产出 50, 效益 30, 满意度 10, numbers, evidence, rising targets. */
function good(): Indicator[] {
  return [
    ind('产出指标', '数量指标', '培训职工人数', '≥500人', { weight: 20, lastYear: '450人' }),
    ind('产出指标', '质量指标', '培训合格率', '≥98%', { weight: 15 }),
    ind('产出指标', '时效指标', '资金拨付及时率', '=100%', { weight: 15 }),
    ind('效益指标', '社会效益指标', '职工技能等级提升', '有效提升', { weight: 30 }),
    ind('满意度指标', '服务对象满意度指标', '参训职工满意度', '≥90%', { weight: 10 }),
  ]
}

function sheet(indicators: Indicator[], more: Partial<Sheet> = {}): Sheet {
  return {
    id: 's',
    unitId: 'u',
    year: 2026,
    kind: 'project',
    name: '职工技能培训',
    goals: ['组织职工技能培训 500 人，安排资金 30 万元。'],
    budget: { initial: '30', adjusted: '30' },
    funds: { fiscal: '30', other: '0' },
    scoring: {},
    indicators,
    ...more,
  }
}

const rules = (s: Sheet) => reviewSheet(s).map((f) => [f.rule, f.indicator ?? f.goal ?? null])

describe('reviewSheet, one rule at a time', () => {
  it('finds nothing on a well-set sheet (the goal’s 30 万元 is a budget amount, no promise)', () => {
    expect(reviewSheet(sheet(good()))).toEqual([])
  })

  it('belowLastYear: 正向 at last year (500 vs 500), 反向 above it (≤3 vs 2); 95 % held and 100 % are fine', () => {
    const rows = good()
    rows[0] = { ...rows[0]!, lastYear: '500人' }
    rows[1] = { ...rows[1]!, lastYear: '98%' }
    rows[2] = { ...rows[2]!, lastYear: '100%' }
    rows.push(ind('产出指标', '质量指标', '投诉次数', '≤3次', { weight: 0.0001, lastYear: '2次' }))
    expect(rules(sheet(rows)).filter(([r]) => r === 'belowLastYear')).toEqual([
      ['belowLastYear', 0],
      ['belowLastYear', 5],
    ])
    const reverse = reviewSheet(sheet(rows)).find((f) => f.indicator === 5)!
    expect(describeFinding(reverse).zh).toBe(
      '第 6 行“投诉次数”的指标值 ≤3次 高于上年完成值 2次（反向指标）。',
    )
  })

  it('belowLastYear: a rate held below the steady rate (90 % → 90 %) is flagged; ≥ steadyRate is not', () => {
    const rows = good()
    rows[4] = { ...rows[4]!, lastYear: '90%' }
    expect(rules(sheet(rows))).toEqual([['belowLastYear', 4]])
    rows[4] = { ...rows[4]!, target: parseTarget('≥95%').target, targetText: '≥95%', lastYear: '95%' }
    expect(rules(sheet(rows))).toEqual([])
  })

  it('missingNumber and qualitativeOnQuantity', () => {
    const rows = good()
    rows[0] = { ...rows[0]!, target: parseTarget('大幅增加').target, targetText: '大幅增加' }
    rows[1] = { ...rows[1]!, target: parseTarget('合格').target, targetText: '合格' }
    rows[2] = { ...rows[2]!, target: { op: 'qualitative', text: '' }, targetText: '' }
    expect(rules(sheet(rows))).toEqual([
      ['qualitativeOnQuantity', 0],
      ['missingNumber', 1],
      ['missingNumber', 2],
      // The goal's 500 人 is now stated by no indicator.
      ['goalUnmeasured', 0],
    ])
    expect(reviewSheet(sheet(rows)).map((f) => f.messageKey)).toEqual([
      'qualitativeOnQuantity',
      'missingNumber.quality',
      'missingNumber.timeliness',
      'goalUnmeasured.quantities',
    ])
  })

  it('satisfaction: 75 % is below 80 %; a worded target states no rate; none at all', () => {
    const rows = good()
    rows[4] = { ...rows[4]!, target: parseTarget('≥75%').target, targetText: '≥75%' }
    expect(reviewSheet(sheet(rows)).map((f) => f.messageKey)).toEqual(['lowSatisfaction'])
    rows[4] = { ...rows[4]!, target: parseTarget('满意').target, targetText: '满意' }
    expect(reviewSheet(sheet(rows)).map((f) => f.messageKey)).toEqual(['lowSatisfaction.noRate'])
    // Without it the split loses its 10 satisfaction points too: 0 is 10 from 10 (> 5).
    expect(rules(sheet(good().slice(0, 4)))).toEqual([
      ['noSatisfaction', null],
      ['weightSplit', null],
    ])
  })

  it('noBenefit', () => {
    const rows = good()
    rows[3] = { ...rows[3]!, level1: '产出指标', level2: '质量指标', target: parseTarget('≥1项').target }
    // 产出 now 80 (30 over 50), 效益 0 (30 under 30).
    expect(reviewSheet(sheet(rows)).map((f) => f.key)).toEqual([
      'noBenefit',
      'weightSplit:output',
      'weightSplit:benefit',
    ])
  })

  it('weightSplit: 56/24/10 is 6 points off twice (tolerance 5); 54/26/10 passes', () => {
    const rows = good()
    rows[0] = { ...rows[0]!, weight: 26 }
    rows[3] = { ...rows[3]!, weight: 24 }
    const found = reviewSheet(sheet(rows))
    expect(found.map((f) => [f.key, f.params.actual, f.params.expected])).toEqual([
      ['weightSplit:output', '56', 50],
      ['weightSplit:benefit', '24', 30],
    ])
    rows[0] = { ...rows[0]!, weight: 24 }
    rows[3] = { ...rows[3]!, weight: 26 }
    expect(reviewSheet(sheet(rows))).toEqual([])
    // The split and tolerance are settings: 60/20/10 within 10 points passes.
    rows[0] = { ...rows[0]!, weight: 30 }
    rows[3] = { ...rows[3]!, weight: 20 }
    expect(reviewSheet(sheet(rows), { ...DEFAULT_REVIEW_SETTINGS, tolerance: 10 })).toEqual([])
  })

  it('similarNames: exact after the unit in brackets; near at Dice ≥ 0.8', () => {
    // 开展职工文体活动 (7 windows) vs 开展职工文体活动次数 (9): 7 shared → 14 / 16 = 0.875.
    expect(nameSimilarity('开展职工文体活动', '开展职工文体活动次数')).toBe(0.875)
    const rows = good()
    rows.push(ind('产出指标', '数量指标', '培训职工人数（人）', '≥600人', { weight: 0.5 }))
    rows.push(ind('产出指标', '数量指标', '培训职工人数量', '≥600人', { weight: 0.5 }))
    expect(reviewSheet(sheet(rows)).map((f) => [f.messageKey, f.indicator, f.params.other])).toEqual([
      ['similarNames.exact', 5, 1],
      ['similarNames', 6, 1],
    ])
  })

  it('goalUnmeasured: a promised 20 场 no indicator states; the 30 万元 beside it is not one', () => {
    const s = sheet(good(), {
      goals: ['组织职工技能培训 500 人，安排资金 30 万元。', '举办技能竞赛 20 场。'],
    })
    const found = reviewSheet(s)
    expect(found.map((f) => [f.rule, f.goal, f.params.quantities])).toEqual([['goalUnmeasured', 1, '20 场']])
  })

  it('noEvidence: on a project sheet every live row; on a department sheet only once the column is used', () => {
    const rows = good()
    rows[2] = { ...rows[2]!, evidence: '' }
    expect(rules(sheet(rows))).toEqual([['noEvidence', 2]])
    const dept = good().map(({ evidence: _e, ...rest }) => rest)
    expect(rules(sheet(dept, { kind: 'department' }))).toEqual([])
  })

  it('an accepted finding stays with its reason and leaves the open list', () => {
    const rows = good()
    rows[2] = { ...rows[2]!, evidence: '' }
    const found = reviewSheet(sheet(rows))
    const accepted = withAcceptances(found, [
      { key: found[0]!.key, reason: '拨付凭证由财政留存', by: '审核', at: '2026-01-05' },
    ])
    expect(accepted[0]!.accepted?.reason).toBe('拨付凭证由财政留存')
    expect(openFindings(accepted)).toEqual([])
  })
})

describe('reviewSheet on the seed (public/samples/kizilsu-zgh-2025.json)', () => {
  const read = readPackage(readFileSync('public/samples/kizilsu-zgh-2025.json', 'utf8'))
  if (!read.ok) throw new Error('sample unreadable')
  const [dept, project] = read.pkg.sheets

  it('department sheet: no satisfaction, no outcome indicator, goals 1 and 5 unmeasured', () => {
    // Six 履职效能/数量指标 rows only; goal 1 promises 993 执勤房 and 1800 份 杂志, goal 5 600 名 筛查.
    expect(reviewSheet(dept!).map((f) => [f.rule, f.goal ?? null, f.params.quantities ?? null])).toEqual([
      ['noSatisfaction', null, null],
      ['noBenefit', null, null],
      ['goalUnmeasured', 0, '993 个、1800 份'],
      ['goalUnmeasured', 4, '600 名'],
    ])
  })

  it('project sheet: 划拨工会经费次数 repeats last year (≥1 次), weights 60/20/10 against 50/30/10', () => {
    // 产出 15 + 15 + 10 and 成本 10 + 10 = 60; 效益 20; 满意度 10. Cost lines (50 万元 = 50 万) and
    // the rates held at 100 % and 95 % are not flagged.
    expect(reviewSheet(project!).map((f) => [f.key, f.params.actual ?? f.params.lastYear])).toEqual([
      ['belowLastYear:p1-i1', '＞=1次'],
      ['weightSplit:output', '60'],
      ['weightSplit:benefit', '20'],
    ])
  })
})
