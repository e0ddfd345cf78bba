// The rule variants real units use, as profile settings: tier bands, truncation, a budget line rounded
// on its own. Every expected number is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest'
import { judgementProblem, judgementScoreProblem } from '@/domain/assessment'
import { validatePackage } from '@/domain/exchange'
import { resolveProfile, scoreSheet } from '@/domain/scoring'
import { DEFAULT_PROFILE, type ScoringProfile } from '@/domain/types'
import { TIER_BAND_PRESETS } from '@/domain/vocabulary'
import { data, entry, indicator, pkg, sheet, spend } from './fixtures'

const YEAR_END = '2025-12-31'
const WIDE = TIER_BAND_PRESETS.wide.map(([lo, hi]) => [lo, hi]) as ScoringProfile['tierBands']

describe('resolveProfile: the three variant keys', () => {
  it('defaults: national bands, half up, the budget line rounded as the indicators', () => {
    expect(DEFAULT_PROFILE.tierBands).toEqual([
      [80, 100],
      [60, 80],
      [0, 60],
    ])
    expect(resolveProfile({})).toMatchObject({ roundingMode: 'halfUp', budgetRounding: 'cent' })
    expect(resolveProfile({ rounding: 'whole' }).budgetRounding).toBe('whole')
  })

  it('keeps given values', () => {
    const p = resolveProfile({
      tierBands: WIDE,
      roundingMode: 'down',
      rounding: 'whole',
      budgetRounding: 'cent',
    })
    expect(p).toMatchObject({
      tierBands: WIDE,
      roundingMode: 'down',
      rounding: 'whole',
      budgetRounding: 'cent',
    })
  })

  it('replaces malformed bands and modes by the defaults', () => {
    const bad = [
      {
        tierBands: [
          [80, 100],
          [50, 80],
        ],
      },
      {
        tierBands: [
          [80, 100],
          [90, 80],
          [0, 50],
        ],
      },
      {
        tierBands: [
          [80, 120],
          [50, 80],
          [0, 50],
        ],
      },
    ] as unknown as Partial<ScoringProfile>[]
    for (const p of bad) expect(resolveProfile(p).tierBands).toEqual(DEFAULT_PROFILE.tierBands)
    const mode = { roundingMode: 'up', budgetRounding: 'tenth' } as unknown as Partial<ScoringProfile>
    expect(resolveProfile(mode)).toMatchObject({ roundingMode: 'halfUp', budgetRounding: 'cent' })
  })
})

describe('roundingMode "down" truncates every score', () => {
  // ≥8, actual 7.892, weight 10 → 10 × 7.892 / 8 = 9.865
  const a = indicator({ id: 'a', target: { op: '>=', value: '8', unit: '次' } })
  const logs = data({
    progress: [entry('a', '2025-03-01', '7.892')],
    spending: [spend('2025-06-30', '37.24')],
  })
  const build = (scoring: Partial<ScoringProfile>) =>
    sheet([a], { budget: { initial: '43.2', adjusted: '43.2' }, scoring })

  it('cents: 9.865 → 9.86 (half up 9.87); budget 10 × 37.24 / 43.2 = 8.6203… → 8.62', () => {
    const down = scoreSheet(build({ roundingMode: 'down' }), logs, YEAR_END)
    expect(down.indicators[0]!.score).toBe('9.86')
    expect(down.budget.score).toBe('8.62')
    expect(down.total).toBe('18.48') // 8.62 + 9.86
    expect(scoreSheet(build({}), logs, YEAR_END).indicators[0]!.score).toBe('9.87')
  })

  it('whole points: 9.865 → 9 (half up 10), 8.6203… → 8 (half up 9)', () => {
    const down = scoreSheet(build({ rounding: 'whole', roundingMode: 'down' }), logs, YEAR_END)
    expect(down.indicators[0]!.score).toBe('9')
    expect(down.budget.score).toBe('8')
    expect(down.total).toBe('17')
    const up = scoreSheet(build({ rounding: 'whole' }), logs, YEAR_END)
    expect([up.indicators[0]!.score, up.budget.score, up.total]).toEqual(['10', '9', '19'])
  })
})

describe('budgetRounding: the 预算执行率 line rounded on its own', () => {
  // The published case: budget 43.2 → 37.24, a quantity 43.2 → 37.24 of weight 10, eight more met (10 each).
  const quantity = indicator({ id: 'q', target: { op: '>=', value: '43.2', unit: '万元' } })
  const met = Array.from({ length: 8 }, (_, k) =>
    indicator({ id: `m${k}`, target: { op: '>=', value: '1', unit: '次' } }),
  )
  const logs = data({
    spending: [spend('2025-11-30', '37.24')],
    progress: [entry('q', '2025-11-30', '37.24'), ...met.map((m) => entry(m.id, '2025-06-01', '1'))],
  })
  const build = (scoring: Partial<ScoringProfile>) =>
    sheet([quantity, ...met], { budget: { initial: '43.2', adjusted: '43.2' }, scoring })

  it('whole budget beside cent indicators: 9 + 8.62 + 80 = 97.62', () => {
    const score = scoreSheet(build({ budgetRounding: 'whole' }), logs, YEAR_END)
    expect(score.budget).toMatchObject({ rate: '86.20', score: '9' })
    expect(score.indicators[0]!.score).toBe('8.62')
    expect(score.total).toBe('97.62')
    expect(score.max).toBe('100.00')
  })

  it('whole budget truncated: 8 + 8.62 + 80 = 96.62', () => {
    const score = scoreSheet(build({ budgetRounding: 'whole', roundingMode: 'down' }), logs, YEAR_END)
    expect(score.budget.score).toBe('8')
    expect(score.total).toBe('96.62')
  })

  it('cent budget beside whole indicators keeps the cents in the total: 8.62 + 9 + 80 = 97.62', () => {
    const score = scoreSheet(build({ rounding: 'whole', budgetRounding: 'cent' }), logs, YEAR_END)
    expect(score.budget.score).toBe('8.62')
    expect(score.indicators[0]!.score).toBe('9')
    expect(score.total).toBe('97.62')
  })
})

describe('tierBands: the 100–80 / 80–50 / 50–0 % variant', () => {
  // Weight 20: national 部分达成 12–16, 未达成 0–12; the variant 部分达成 10–16, 未达成 0–10.
  const q = indicator({ id: 'q', weight: 20, target: { op: 'qualitative', text: '合规' } })
  const build = (scoring: Partial<ScoringProfile>) =>
    sheet([q], { budget: { initial: '0', adjusted: '0' }, scoring })

  it('部分达成 11 scores 11.00 under the variant and is refused under the national bands', () => {
    const logs = data({ judgements: [{ indicatorId: 'q', tier: '部分达成', score: '11' }] })
    expect(scoreSheet(build({ tierBands: WIDE }), logs, YEAR_END).indicators[0]).toMatchObject({
      score: '11.00',
      flags: [],
    })
    expect(scoreSheet(build({}), logs, YEAR_END).indicators[0]).toMatchObject({
      score: null,
      flags: ['needsJudgement'],
      judgementOutOfBand: true,
    })
  })

  it('未达成 11 is refused under the variant (0–10) and accepted under the national bands (0–12)', () => {
    const logs = data({ judgements: [{ indicatorId: 'q', tier: '未达成', score: '11' }] })
    expect(scoreSheet(build({ tierBands: WIDE }), logs, YEAR_END).indicators[0]!.score).toBeNull()
    expect(scoreSheet(build({}), logs, YEAR_END).indicators[0]!.score).toBe('11.00')
  })

  it('the form, the record rule and the file check use the same bands', () => {
    expect(judgementScoreProblem('部分达成', 20, '11', WIDE)).toBeNull()
    expect(judgementScoreProblem('部分达成', 20, '11')).toBe('outOfBand')
    const problem = judgementProblem({ tier: '未达成', score: '11' }, q, WIDE)
    expect(problem?.zh).toBe('“未达成”的得分应在 0–10 之间，实际为 11。')

    const judged = (scoring: Partial<ScoringProfile>) =>
      validatePackage(
        pkg([build(scoring)], { judgements: [{ indicatorId: 'q', tier: '部分达成', score: '11' }] }),
      )
    expect(judged({ tierBands: WIDE }).filter((i) => i.code === 'judgementOutOfBand')).toEqual([])
    expect(judged({}).map((i) => i.code)).toContain('judgementOutOfBand')
  })

  it('a file with malformed bands is refused by the schema', () => {
    const bad = build({
      tierBands: [
        [80, 100],
        [90, 80],
        [0, 50],
      ] as ScoringProfile['tierBands'],
    })
    expect(validatePackage(pkg([bad])).some((i) => i.path.startsWith('sheets[0].scoring'))).toBe(true)
  })
})
