import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dec } from '@/domain/decimal'
import { DEFAULT_PROFILE, type Comparator } from '@/domain/types'
import {
  isOvershoot,
  isSatisfaction,
  judgementScore,
  ruleKindOf,
  scoreEqual,
  scoreForward,
  scoreQuantity,
  scoreReverse,
  scoreSatisfaction,
} from '@/domain/scoring'
import { indicator } from './fixtures'

const w10 = dec(10)
const at = (s: string) => dec(s)
const cents = (d: { toFixed(n: number): string }) => d.toFixed(2)

describe('正向 ≥ and >', () => {
  it('gives full weight when met and weight × actual / target when short', () => {
    expect(cents(scoreForward('>=', at('4'), at('4'), dec(15)))).toBe('15.00')
    expect(cents(scoreForward('>=', at('4'), at('6'), dec(15)))).toBe('15.00')
    // worked out by hand: 15 × 3 / 4 = 11.25
    expect(cents(scoreForward('>=', at('4'), at('3'), dec(15)))).toBe('11.25')
    // worked out by hand: published case 10 × 37.24 / 43.2 = 8.6203… → 8.62
    expect(cents(scoreForward('>=', at('43.2'), at('37.24'), w10))).toBe('8.62')
    expect(cents(scoreForward('>=', at('4'), at('0'), w10))).toBe('0.00')
  })

  it('treats a strict > met only above the target; at the target the ratio is 1 anyway', () => {
    // worked out by hand: >4, actual 4 → 10 × 4/4 = 10; actual 5 → met → 10; actual 2 → 10 × 2/4 = 5
    expect(cents(scoreForward('>', at('4'), at('4'), w10))).toBe('10.00')
    expect(cents(scoreForward('>', at('4'), at('5'), w10))).toBe('10.00')
    expect(cents(scoreForward('>', at('4'), at('2'), w10))).toBe('5.00')
  })

  it('never goes below 0 for a negative actual', () => {
    expect(cents(scoreForward('>=', at('4'), at('-2'), w10))).toBe('0.00')
  })
})

describe('等于 =', () => {
  it('scores as ≥ for a positive target', () => {
    // worked out by hand: =100%, actual 90 → 15 × 90/100 = 13.5
    expect(cents(scoreEqual(at('100'), at('90'), dec(15)))).toBe('13.50')
    expect(cents(scoreEqual(at('100'), at('100'), dec(15)))).toBe('15.00')
  })

  it('gives full weight for target 0 only when nothing happened', () => {
    expect(cents(scoreEqual(at('0'), at('0'), w10))).toBe('10.00')
    expect(cents(scoreEqual(at('0'), at('1'), w10))).toBe('0.00')
    expect(cents(scoreEqual(at('0'), at('0.01'), w10))).toBe('0.00')
  })
})

describe('反向 ≤ and <', () => {
  it('gives full weight within the target', () => {
    expect(cents(scoreReverse(at('10'), at('10'), w10, 'linear'))).toBe('10.00')
    expect(cents(scoreReverse(at('10'), at('3'), w10, 'ratio'))).toBe('10.00')
  })

  it('linear: w × (1 − (a − t)/t), 0 from 2t', () => {
    // worked out by hand: 10 × (1 − (12 − 10)/10) = 10 × 0.8 = 8.00
    expect(cents(scoreReverse(at('10'), at('12'), w10, 'linear'))).toBe('8.00')
    // worked out by hand: 10 × (1 − 9/10) = 1.00
    expect(cents(scoreReverse(at('10'), at('19'), w10, 'linear'))).toBe('1.00')
    // worked out by hand: 10 × (1 − 10/10) = 0 at 2t; 10 × (1 − 15/10) = −5 → floored at 0
    expect(cents(scoreReverse(at('10'), at('20'), w10, 'linear'))).toBe('0.00')
    expect(cents(scoreReverse(at('10'), at('25'), w10, 'linear'))).toBe('0.00')
  })

  it('ratio: w × t / a', () => {
    // worked out by hand: 10 × 10 / 12 = 8.333… → 8.33; 10 × 10 / 25 = 4.00
    expect(cents(scoreReverse(at('10'), at('12'), w10, 'ratio'))).toBe('8.33')
    expect(cents(scoreReverse(at('10'), at('25'), w10, 'ratio'))).toBe('4.00')
  })

  it('target 0: full if actual ≤ 0, else 0, in both modes', () => {
    for (const mode of ['linear', 'ratio'] as const) {
      expect(cents(scoreReverse(at('0'), at('0'), w10, mode))).toBe('10.00')
      expect(cents(scoreReverse(at('0'), at('1'), w10, mode))).toBe('0.00')
    }
  })
})

describe('满意度', () => {
  const pct = (value: string, op: Comparator = '>=') => ({ op, value, unit: '%' })

  it('"target" mode scores as ≥', () => {
    // worked out by hand: 10 × 93 / 95 = 9.78947… → 9.79
    expect(cents(scoreSatisfaction(pct('95'), at('93'), w10, 'target'))).toBe('9.79')
    expect(cents(scoreSatisfaction(pct('95'), at('96'), w10, 'target'))).toBe('10.00')
    // worked out by hand: 98 against =98 % → met → 20
    expect(cents(scoreSatisfaction(pct('98', '='), at('98'), dec(20), 'target'))).toBe('20.00')
  })

  it('"rate" mode gives w × rate / 100, capped at w', () => {
    // worked out by hand: 20 × 98 / 100 = 19.60 (the published 19.6 of 20)
    expect(cents(scoreSatisfaction(pct('98'), at('98'), dec(20), 'rate'))).toBe('19.60')
    // worked out by hand: 10 × 93 / 100 = 9.30
    expect(cents(scoreSatisfaction(pct('95'), at('93'), w10, 'rate'))).toBe('9.30')
    expect(cents(scoreSatisfaction(pct('95'), at('105'), w10, 'rate'))).toBe('10.00')
  })

  it('"rate" mode falls back to ≥ when the unit is not a percentage', () => {
    // worked out by hand: 90 of ≥95 分 → 10 × 90/95 = 9.4736… → 9.47
    expect(cents(scoreSatisfaction({ op: '>=', value: '95', unit: '分' }, at('90'), w10, 'rate'))).toBe(
      '9.47',
    )
  })

  it('recognises satisfaction by level or rule', () => {
    expect(isSatisfaction(indicator({ id: 'a', level1: '满意度指标' }))).toBe(true)
    expect(isSatisfaction(indicator({ id: 'a', level2: '服务对象满意度指标' }))).toBe(true)
    expect(isSatisfaction(indicator({ id: 'a', rule: '满意度赋分' }))).toBe(true)
    expect(isSatisfaction(indicator({ id: 'a' }))).toBe(false)
    expect(
      ruleKindOf(indicator({ id: 'a', level1: '满意度指标', target: { op: 'qualitative', text: '满意' } })),
    ).toBe('qualitative')
  })
})

describe('rule kinds', () => {
  it('maps ops to rules and a null target to none', () => {
    expect(ruleKindOf(indicator({ id: 'a', target: { op: '>', value: '1', unit: '' } }))).toBe('forward')
    expect(ruleKindOf(indicator({ id: 'a', target: { op: '=', value: '1', unit: '' } }))).toBe('equal')
    expect(ruleKindOf(indicator({ id: 'a', target: { op: '<', value: '1', unit: '' } }))).toBe('reverse')
    expect(ruleKindOf(indicator({ id: 'a', target: null }))).toBeNull()
  })
})

describe('定性 judgement bands (weight 20)', () => {
  // worked out by hand: 达成 [16, 20], 部分达成 [12, 16], 未达成 [0, 12], bounds inclusive
  const score = (tier: '达成' | '部分达成' | '未达成', s: string) =>
    judgementScore({ indicatorId: 'q', tier, score: s }, 20)?.toFixed(2) ?? null

  it('accepts scores inside the band, bounds included', () => {
    expect(score('达成', '18')).toBe('18.00')
    expect(score('达成', '16')).toBe('16.00')
    expect(score('达成', '20')).toBe('20.00')
    expect(score('部分达成', '16')).toBe('16.00')
    expect(score('部分达成', '12')).toBe('12.00')
    expect(score('未达成', '12')).toBe('12.00')
    expect(score('未达成', '0')).toBe('0.00')
  })

  it('refuses scores outside the band instead of clamping them', () => {
    expect(score('达成', '15.99')).toBeNull()
    expect(score('达成', '20.01')).toBeNull()
    expect(score('部分达成', '11.99')).toBeNull()
    expect(score('部分达成', '16.01')).toBeNull()
    expect(score('未达成', '12.01')).toBeNull()
    expect(score('未达成', '-1')).toBeNull()
    expect(score('达成', 'abc')).toBeNull()
  })
})

describe('overshoot', () => {
  it('flags actual / target at or above the threshold', () => {
    // worked out by hand: 13 / 10 = 1.3 ≥ 1.3 → flag; 12.9 / 10 = 1.29 → none
    expect(isOvershoot(at('10'), at('13'), 1.3)).toBe(true)
    expect(isOvershoot(at('10'), at('12.9'), 1.3)).toBe(false)
    // worked out by hand: 12 / 10 = 1.2 ≥ 1.2 → flag; 11.9 / 10 = 1.19 → none
    expect(isOvershoot(at('10'), at('12'), 1.2)).toBe(true)
    expect(isOvershoot(at('10'), at('11.9'), 1.2)).toBe(false)
    expect(isOvershoot(at('0'), at('5'), 1.3)).toBe(false)
  })
})

describe('properties', () => {
  const decimalText = fc
    .tuple(fc.integer({ min: -1000, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }))
    .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`)
  const positiveText = fc
    .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 99 }))
    .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`)
  const ops = fc.constantFrom<Comparator>('>=', '>', '=', '<=', '<')
  const kinds = fc.constantFrom('forward', 'equal', 'reverse', 'satisfaction' as const)
  const profile = fc.record({
    reverse: fc.constantFrom('linear' as const, 'ratio' as const),
    satisfaction: fc.constantFrom('target' as const, 'rate' as const),
  })

  it('a score stays within [0, weight]', () => {
    fc.assert(
      fc.property(
        kinds,
        ops,
        fc.oneof(positiveText, fc.constant('0')),
        decimalText,
        fc.integer({ min: 0, max: 40 }),
        profile,
        fc.constantFrom('%', '次'),
        (kind, op, target, actual, weight, p, unit) => {
          const s = scoreQuantity(kind, { op, value: target, unit }, dec(actual), dec(weight), {
            ...DEFAULT_PROFILE,
            ...p,
          })
          expect(s.gte(0)).toBe(true)
          expect(s.lte(weight)).toBe(true)
        },
      ),
    )
  })

  it('for ≥ the score never falls as the actual rises', () => {
    fc.assert(
      fc.property(positiveText, decimalText, decimalText, fc.integer({ min: 0, max: 40 }), (t, a, b, w) => {
        const [lo, hi] = dec(a).lte(dec(b)) ? [a, b] : [b, a]
        expect(
          scoreForward('>=', dec(t), dec(hi), dec(w)).gte(scoreForward('>=', dec(t), dec(lo), dec(w))),
        ).toBe(true)
      }),
    )
  })
})
