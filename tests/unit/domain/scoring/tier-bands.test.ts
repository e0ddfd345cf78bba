import { describe, expect, it } from 'vitest'
import { validateAssessment } from '@/db/assessments'
import { ValidationError } from '@/db/errors'
import { judgementProblem, judgementScoreProblem } from '@/domain/assessment'
import { Decimal } from '@/domain/decimal'
import { inTierBand, judgementScore, NATIONAL_TIER_BANDS, tierBand, type TierBands } from '@/domain/scoring'
import type { Tier } from '@/domain/types'

// Some provinces' forms: 达成 80–100 %, 部分达成 50–80 %, 未达成 0–50 %.
const PROVINCIAL: TierBands = [
  [80, 100],
  [50, 80],
  [0, 50],
]

describe('the tier bands on an indicator of weight 20', () => {
  it('national: 达成 16–20, 部分达成 12–16, 未达成 0–12 (20 × 80 / 100 = 16, 20 × 60 / 100 = 12)', () => {
    expect(NATIONAL_TIER_BANDS).toEqual([
      [80, 100],
      [60, 80],
      [0, 60],
    ])
    expect(tierBand('达成', 20)).toEqual({ low: '16', high: '20' })
    expect(tierBand('部分达成', 20)).toEqual({ low: '12', high: '16' })
    expect(tierBand('未达成', 20)).toEqual({ low: '0', high: '12' })
  })

  it('[[80,100],[50,80],[0,50]]: 达成 16–20, 部分达成 10–16, 未达成 0–10 (20 × 50 / 100 = 10)', () => {
    expect(tierBand('达成', 20, PROVINCIAL)).toEqual({ low: '16', high: '20' })
    expect(tierBand('部分达成', 20, PROVINCIAL)).toEqual({ low: '10', high: '16' })
    expect(tierBand('未达成', 20, PROVINCIAL)).toEqual({ low: '0', high: '10' })
  })

  it('is exact on a decimal weight: 7.5 × 60 / 100 = 4.5', () => {
    expect(tierBand('部分达成', 7.5)).toEqual({ low: '4.5', high: '6' })
  })

  it('includes both bounds and nothing outside them', () => {
    const inside = (tier: Tier, score: string, bands?: TierBands) =>
      inTierBand(tier, 20, new Decimal(score), bands)
    expect([inside('部分达成', '12'), inside('部分达成', '16'), inside('部分达成', '11.99')]).toEqual([
      true,
      true,
      false,
    ])
    expect([inside('部分达成', '11', PROVINCIAL), inside('部分达成', '9.99', PROVINCIAL)]).toEqual([
      true,
      false,
    ])
    expect([inside('未达成', '10', PROVINCIAL), inside('未达成', '10.01', PROVINCIAL)]).toEqual([true, false])
    expect(inside('达成', '20.01')).toBe(false)
  })
})

/** The Chinese text of the db's refusal, or null when it accepts. */
function refusal(write: () => void): string | null {
  try {
    write()
    return null
  } catch (e) {
    if (e instanceof ValidationError) return e.bilingual.zh
    throw e
  }
}

describe('every caller asks the same band check (national bands, weight 20)', () => {
  const qualitative = { name: '服务质量', weight: 20, target: { op: 'qualitative' as const, text: '好' } }
  const cases: [Tier, string, boolean][] = [
    ['达成', '16', true],
    ['达成', '15.99', false],
    ['部分达成', '12', true],
    ['部分达成', '16', true],
    ['部分达成', '16.01', false],
    ['未达成', '12', true],
    ['未达成', '12.5', false],
  ]

  it.each(cases)('%s %s → inside: %s', (tier, score, inside) => {
    const j = { indicatorId: 'q', tier, score }
    // the engine
    expect(judgementScore(j, 20) !== null).toBe(inside)
    // the assessor's form
    expect(judgementScoreProblem(tier, 20, score) === null).toBe(inside)
    // the exchange-file check and the db share judgementProblem
    expect(judgementProblem(j, qualitative)?.code ?? null).toBe(inside ? null : 'judgementOutOfBand')
    // the db's refusal
    const zh = refusal(() => validateAssessment('judgement', j, qualitative))
    if (inside) expect(zh).toBeNull()
    else expect(zh).toContain(`“${tier}”的得分应在`)
  })

  it('the db refuses a judgement on a quantity with the domain words', () => {
    const quantity = { name: '培训次数', weight: 20, target: { op: '>=' as const, value: '4', unit: '次' } }
    expect(
      refusal(() =>
        validateAssessment('judgement', { indicatorId: 'q', tier: '达成', score: '18' }, quantity),
      ),
    ).toBe('指标“培训次数”不是定性指标，不能按评判等级赋分。')
  })
})
