import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dec, sum } from '@/domain/decimal'
import { scoreSheet } from '@/domain/scoring'
import type { Indicator } from '@/domain/types'
import { data, entry, indicator, sheet, spend } from './fixtures'

const YEAR_END = '2025-12-31'

describe('the published case', () => {
  // Budget 43.2 → 37.24, a quantity indicator 43.2 → 37.24 (weight 10), eight more met (10 each).
  const quantity = indicator({ id: 'q', target: { op: '>=', value: '43.2', unit: '万元' } })
  const met = Array.from({ length: 8 }, (_, k) =>
    indicator({ id: `m${k}`, target: { op: '>=', value: '1', unit: '次' } }),
  )
  const logs = data({
    spending: [spend('2025-11-30', '37.24')],
    progress: [entry('q', '2025-11-30', '37.24'), ...met.map((m) => entry(m.id, '2025-06-01', '1'))],
  })
  const build = (rounding: 'cent' | 'whole') =>
    sheet([quantity, ...met], { budget: { initial: '43.2', adjusted: '43.2' }, scoring: { rounding } })

  it('prints 98 in whole points', () => {
    // worked out by hand: budget 8.62 → 9, quantity 8.62 → 9, 8 × 10 = 80 → 9 + 9 + 80 = 98
    const score = scoreSheet(build('whole'), logs, YEAR_END)
    expect(score.budget.score).toBe('9')
    expect(score.indicators[0]).toMatchObject({ actual: '37.24', score: '9', flags: [] })
    expect(score.total).toBe('98')
    expect(score.max).toBe('100')
    expect(score.grade).toBe('优')
    expect(score.complete).toBe(true)
  })

  it('prints 97.24 in cents', () => {
    // worked out by hand: 8.62 + 8.62 + 80 = 97.24
    const score = scoreSheet(build('cent'), logs, YEAR_END)
    expect(score.budget).toMatchObject({ rate: '86.20', score: '8.62' })
    expect(score.indicators[0]!.score).toBe('8.62')
    expect(score.total).toBe('97.24')
    expect(score.max).toBe('100.00')
  })
})

describe('rounding each part once, half up', () => {
  it('rounds x.xx5 up to the cent and the total is the sum of the rounded parts', () => {
    // worked out by hand: ≥8, actual 7.892, w 10 → 10 × 7.892 / 8 = 9.865 → 9.87 (twice: 19.74, not 19.73)
    const a = indicator({ id: 'a', target: { op: '>=', value: '8', unit: '次' } })
    const b = indicator({ id: 'b', target: { op: '>=', value: '8', unit: '次' } })
    const logs = data({ progress: [entry('a', '2025-03-01', '7.892'), entry('b', '2025-03-01', '7.892')] })
    const score = scoreSheet(sheet([a, b], { budget: { initial: '0', adjusted: '0' } }), logs, YEAR_END)
    expect(score.indicators.map((i) => i.score)).toEqual(['9.87', '9.87'])
    expect(score.total).toBe('19.74')
  })

  it('rounds .5 up to the whole point, per part', () => {
    // worked out by hand: ≥10, actual 8.5 → 8.5 → 9 each; total 9 + 9 = 18 (not round(17) = 17)
    const a = indicator({ id: 'a' })
    const b = indicator({ id: 'b' })
    const logs = data({ progress: [entry('a', '2025-03-01', '8.5'), entry('b', '2025-03-01', '8.5')] })
    const score = scoreSheet(
      sheet([a, b], { budget: { initial: '0', adjusted: '0' }, scoring: { rounding: 'whole' } }),
      logs,
      YEAR_END,
    )
    expect(score.indicators.map((i) => i.score)).toEqual(['9', '9'])
    expect(score.total).toBe('18')
  })
})

describe('reverse and satisfaction profiles inside a sheet', () => {
  const cost = indicator({ id: 'c', level1: '成本指标', target: { op: '<=', value: '10', unit: '万元' } })
  const logs = data({ progress: [entry('c', '2025-05-01', '12')] })

  it('reverse "linear" vs "ratio"', () => {
    // worked out by hand: linear 10 × (1 − 2/10) = 8.00; ratio 10 × 10/12 = 8.33
    expect(scoreSheet(sheet([cost]), logs, YEAR_END).indicators[0]!.score).toBe('8.00')
    expect(
      scoreSheet(sheet([cost], { scoring: { reverse: 'ratio' } }), logs, YEAR_END).indicators[0]!.score,
    ).toBe('8.33')
  })

  it('reverse indicators never flag overshoot', () => {
    const low = data({ progress: [entry('c', '2025-05-01', '1')] })
    expect(scoreSheet(sheet([cost]), low, YEAR_END).indicators[0]!.flags).toEqual([])
  })

  it('satisfaction "target" vs "rate"', () => {
    const sat = indicator({
      id: 's',
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      target: { op: '>=', value: '98', unit: '%' },
      weight: 20,
      measure: 'latest',
    })
    const reading = data({ progress: [entry('s', '2025-12-01', '98')] })
    // worked out by hand: target mode 98 ≥ 98 → 20.00; rate mode 20 × 98/100 = 19.60
    expect(scoreSheet(sheet([sat]), reading, YEAR_END).indicators[0]!.score).toBe('20.00')
    expect(
      scoreSheet(sheet([sat], { scoring: { satisfaction: 'rate' } }), reading, YEAR_END).indicators[0]!.score,
    ).toBe('19.60')
  })
})

describe('actual values', () => {
  it('cumulative: sums entries dated on or before the as-of date', () => {
    const i = indicator({ id: 'i', target: { op: '>=', value: '4', unit: '次' }, weight: 15 })
    const logs = data({
      progress: [entry('i', '2025-02-01', '1'), entry('i', '2025-06-30', '2'), entry('i', '2025-07-01', '1')],
    })
    // worked out by hand: by 06-30: 1 + 2 = 3 → 15 × 3/4 = 11.25; by year end 4 → 15.00
    expect(scoreSheet(sheet([i]), logs, '2025-06-30').indicators[0]).toMatchObject({
      actual: '3',
      score: '11.25',
    })
    expect(scoreSheet(sheet([i]), logs, YEAR_END).indicators[0]).toMatchObject({
      actual: '4',
      score: '15.00',
    })
  })

  it('latest: the reading with the latest date; of equal dates the later in the list', () => {
    const i = indicator({
      id: 'r',
      target: { op: '=', value: '100', unit: '%' },
      measure: 'latest',
      weight: 15,
    })
    const logs = data({
      progress: [
        entry('r', '2025-09-01', '90'),
        entry('r', '2025-06-01', '80'),
        entry('r', '2025-09-01', '95'),
        entry('r', '2026-01-10', '100'),
      ],
    })
    // worked out by hand: latest dated ≤ 12-31 is 09-01; two readings that day, the later one is 95 → 15 × 0.95 = 14.25
    expect(scoreSheet(sheet([i]), logs, YEAR_END).indicators[0]).toMatchObject({
      actual: '95',
      score: '14.25',
    })
    // worked out by hand: as of 07-01 only the 06-01 reading counts → 15 × 0.8 = 12.00
    expect(scoreSheet(sheet([i]), logs, '2025-07-01').indicators[0]).toMatchObject({
      actual: '80',
      score: '12.00',
    })
  })
})

describe('noData, needsJudgement, badTarget and completeness', () => {
  const count = indicator({ id: 'n' })
  const reading = indicator({ id: 'r', target: { op: '=', value: '100', unit: '%' }, measure: 'latest' })
  const quality = indicator({ id: 'q', target: { op: 'qualitative', text: '有效提升' }, weight: 20 })

  it('an indicator without entries is noData; cumulative shows 0, a reading shows null', () => {
    const score = scoreSheet(sheet([count, reading]), data(), YEAR_END)
    expect(score.indicators[0]).toMatchObject({ actual: '0', score: '0.00', flags: ['noData'], light: 'red' })
    expect(score.indicators[1]).toMatchObject({
      actual: null,
      score: '0.00',
      flags: ['noData'],
      light: 'none',
    })
    expect(score.complete).toBe(false)
  })

  it('a qualitative indicator without judgement scores null, counts 0 and leaves the sheet incomplete', () => {
    const logs = data({ progress: [entry('n', '2025-03-01', '10')] })
    const score = scoreSheet(sheet([count, quality]), logs, YEAR_END)
    expect(score.indicators[1]).toMatchObject({
      actual: null,
      score: null,
      flags: ['needsJudgement'],
      light: 'none',
    })
    expect(score.total).toBe('10.00')
    expect(score.complete).toBe(false)
  })

  it('a judgement inside its band counts; one outside is reported, not clamped', () => {
    const ok = data({ judgements: [{ indicatorId: 'q', tier: '部分达成', score: '13' }] })
    expect(scoreSheet(sheet([quality]), ok, YEAR_END).indicators[0]).toMatchObject({
      actual: '部分达成',
      score: '13.00',
      light: 'yellow',
      flags: [],
    })
    // worked out by hand: 达成 with weight 20 needs 16–20; 15 is outside
    const bad = data({ judgements: [{ indicatorId: 'q', tier: '达成', score: '15' }] })
    const out = scoreSheet(sheet([quality]), bad, YEAR_END)
    expect(out.indicators[0]).toMatchObject({
      score: null,
      flags: ['needsJudgement'],
      judgementOutOfBand: true,
    })
    expect(out.complete).toBe(false)
  })

  it('an unreadable target scores 0 and flags badTarget, without making the sheet incomplete', () => {
    const broken = indicator({ id: 'b', target: null, targetText: '完成约三次' })
    const score = scoreSheet(sheet([broken], { budget: { initial: '0', adjusted: '0' } }), data(), YEAR_END)
    expect(score.indicators[0]).toMatchObject({ target: '完成约三次', score: '0.00', flags: ['badTarget'] })
    expect(score.complete).toBe(true)
  })

  it('formats targets as op + value + unit', () => {
    const score = scoreSheet(sheet([count, reading, quality]), data(), YEAR_END)
    expect(score.indicators.map((i) => i.target)).toEqual(['>=10次', '=100%', '有效提升'])
  })
})

describe('overshoot in a sheet', () => {
  const i = indicator({ id: 'o' })
  const logs = (value: string) => data({ progress: [entry('o', '2025-03-01', value)] })
  it('uses the profile threshold', () => {
    // worked out by hand: 13/10 = 1.3 → flag at 1.3; 12/10 = 1.2 → no flag at 1.3, flag at 1.2
    expect(scoreSheet(sheet([i]), logs('13'), YEAR_END).indicators[0]).toMatchObject({
      score: '10.00',
      flags: ['overshoot'],
    })
    expect(scoreSheet(sheet([i]), logs('12'), YEAR_END).indicators[0]!.flags).toEqual([])
    expect(
      scoreSheet(sheet([i], { scoring: { overshootWarn: 1.2 } }), logs('12'), YEAR_END).indicators[0]!.flags,
    ).toEqual(['overshoot'])
  })
})

describe('override', () => {
  const i = indicator({ id: 'v', target: { op: '>=', value: '4', unit: '次' }, weight: 15 })
  const progress = [entry('v', '2025-03-01', '2')]

  it('replaces the computed score and keeps it visible', () => {
    // worked out by hand: computed 15 × 2/4 = 7.50; override 14 → total 14.00 (budget basis 0 → 0)
    const logs = data({ progress, overrides: [{ indicatorId: 'v', score: '14', reason: '佐证补交' }] })
    const score = scoreSheet(sheet([i], { budget: { initial: '0', adjusted: '0' } }), logs, YEAR_END)
    expect(score.indicators[0]).toMatchObject({
      score: '14.00',
      computedScore: '7.50',
      overrideReason: '佐证补交',
      flags: ['override'],
    })
    expect(score.total).toBe('14.00')
  })

  it('ignores an override above the weight and says so', () => {
    const logs = data({ progress, overrides: [{ indicatorId: 'v', score: '16', reason: '过高' }] })
    expect(scoreSheet(sheet([i]), logs, YEAR_END).indicators[0]).toMatchObject({
      score: '7.50',
      flags: [],
      overrideOutOfRange: true,
    })
  })

  it('settles a pending judgement', () => {
    const q = indicator({ id: 'q', target: { op: 'qualitative', text: '有效提升' }, weight: 20 })
    const logs = data({ overrides: [{ indicatorId: 'q', score: '17', reason: '复核评定' }] })
    const score = scoreSheet(sheet([q]), logs, YEAR_END)
    expect(score.indicators[0]).toMatchObject({ score: '17.00', computedScore: null, flags: ['override'] })
    expect(score.complete).toBe(true)
  })
})

describe('not applicable: rescaled to 100', () => {
  // Budget 10 + six indicators of 15 (the seed's department sheet); 开展集体协商观摩 (15) is not applicable.
  const six = Array.from({ length: 6 }, (_, k) =>
    indicator({ id: `d${k + 1}`, target: { op: '>=', value: k === 1 ? '2' : '4', unit: '次' }, weight: 15 }),
  )
  const na = [{ indicatorId: 'd6', reason: '本年未安排' }]

  it('works one example through', () => {
    // worked out by hand: M = 10 + 6 × 15 = 100, dropped 15 → factor 100 / 85 = 20/17.
    //   exact shares: budget 10 × 20/17 = 11.7647…; d1…d5 15 × 20/17 = 17.6470… each
    //   largest remainder to the cent: floors 11.76 + 5 × 17.64 = 99.96, 4 cents left;
    //   remainders d1…d5 0.00705… > budget 0.00470… → d1, d2, d3, d4 get 17.65, d5 keeps 17.64
    //   budget: 50 of 100 spent → 11.76 × 0.5 = 5.88
    //   d1, d3, d4 4/4 → 17.65 each = 52.95; d5 4/4 → 17.64
    //   d2 1 of 2 → 17.65 × 0.5 = 8.825 → 8.83 (half up)
    //   total 5.88 + 52.95 + 17.64 + 8.83 = 85.30; max stays 100.00
    const logs = data({
      spending: [spend('2025-06-30', '50')],
      notApplicable: na,
      progress: [
        entry('d1', '2025-05-01', '4'),
        entry('d2', '2025-05-01', '1'),
        entry('d3', '2025-05-01', '4'),
        entry('d4', '2025-05-01', '4'),
        entry('d5', '2025-05-01', '4'),
        entry('d6', '2025-05-01', '1'),
      ],
    })
    const score = scoreSheet(sheet(six), logs, YEAR_END)
    expect(score.budget).toMatchObject({ weight: 10, effectiveWeight: '11.76', score: '5.88' })
    expect(score.indicators.map((i) => i.score)).toEqual(['17.65', '8.83', '17.65', '17.65', '17.64', null])
    expect(score.indicators[5]).toMatchObject({ weight: 15, flags: ['notApplicable'], light: 'none' })
    expect(score.total).toBe('85.30')
    expect(score.max).toBe('100.00')
  })

  it('full marks after rescaling print exactly max, never a cent over', () => {
    // worked out by hand: rounding each share alone would give 11.76 + 5 × 17.65 = 100.01;
    //   largest remainder gives 11.76 + 4 × 17.65 + 17.64 = 100.00
    const logs = data({
      spending: [spend('2025-06-30', '100')],
      notApplicable: na,
      progress: six.map((i) => entry(i.id, '2025-05-01', '4')),
    })
    const score = scoreSheet(sheet(six), logs, YEAR_END)
    expect(score.budget.score).toBe('11.76')
    expect(score.indicators.map((i) => i.score)).toEqual(['17.65', '17.65', '17.65', '17.65', '17.64', null])
    expect(score.total).toBe('100.00')
    expect(score.max).toBe('100.00')
  })

  it('scales a judgement by effective / published weight', () => {
    // worked out by hand: budget 10 + q 20 + a 70 = 100; a dropped (70) → factor 100/30;
    //   judgement 18 of 20 → 18 × 100/30 = 60.00
    const q = indicator({ id: 'q', target: { op: 'qualitative', text: '有效提升' }, weight: 20 })
    const a = indicator({ id: 'a', weight: 70 })
    const logs = data({
      judgements: [{ indicatorId: 'q', tier: '达成', score: '18' }],
      notApplicable: [{ indicatorId: 'a', reason: '—' }],
    })
    const score = scoreSheet(sheet([q, a], { budget: { initial: '0', adjusted: '0' } }), logs, YEAR_END)
    expect(score.indicators[0]).toMatchObject({ score: '60.00', effectiveWeight: '66.67' })
  })
})

describe('grades', () => {
  // One indicator of weight 100 and no budget weight gives any total we like.
  const only = indicator({ id: 'g', target: { op: '>=', value: '100', unit: '分' }, weight: 100 })
  const gradeAt = (actual: string, grades?: [number, number, number]) =>
    scoreSheet(
      sheet([only], { scoring: { budgetWeight: 0, ...(grades ? { grades } : {}) } }),
      data({ progress: [entry('g', '2025-03-01', actual)] }),
      YEAR_END,
    ).grade

  it('default thresholds 90 / 80 / 60', () => {
    expect(['90', '89.99', '80', '79.99', '60', '59.99'].map((a) => gradeAt(a))).toEqual([
      '优',
      '良',
      '良',
      '中',
      '中',
      '差',
    ])
  })

  it('variant thresholds 80 / 70 / 60', () => {
    expect(['80', '79.99', '70', '69.99', '60', '59.99'].map((a) => gradeAt(a, [80, 70, 60]))).toEqual([
      '优',
      '良',
      '良',
      '中',
      '中',
      '差',
    ])
  })
})

describe('property: the total equals the sum of its printed parts', () => {
  const ops = fc.constantFrom('>=' as const, '>' as const, '=' as const, '<=' as const, '<' as const)
  const decimalText = fc
    .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 999 }))
    .map(([i, f]) => `${i}.${String(f).padStart(3, '0')}`)
  const indicatorArb = fc.record({
    op: ops,
    target: decimalText,
    weight: fc.integer({ min: 0, max: 30 }),
    actual: fc.option(decimalText),
    na: fc.boolean(),
  })

  it('holds for random sheets in both roundings', () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { minLength: 1, maxLength: 12 }),
        decimalText,
        decimalText,
        fc.constantFrom('cent' as const, 'whole' as const),
        (rows, basis, executed, rounding) => {
          const indicators: Indicator[] = rows.map((r, k) =>
            indicator({ id: `i${k}`, target: { op: r.op, value: r.target, unit: '次' }, weight: r.weight }),
          )
          const logs = data({
            spending: [spend('2025-04-01', executed)],
            progress: rows.flatMap((r, k) =>
              r.actual === null ? [] : [entry(`i${k}`, '2025-04-01', r.actual)],
            ),
            notApplicable: rows.flatMap((r, k) => (r.na ? [{ indicatorId: `i${k}`, reason: '—' }] : [])),
          })
          const score = scoreSheet(
            sheet(indicators, { budget: { initial: basis, adjusted: basis }, scoring: { rounding } }),
            logs,
            '2025-08-15',
          )
          const parts = [score.budget.score, ...score.indicators.map((i) => i.score ?? '0')]
          expect(dec(score.total).eq(sum(parts))).toBe(true)
          for (const i of score.indicators) {
            if (i.score !== null) expect(dec(i.score).gte(0)).toBe(true)
          }
        },
      ),
    )
  })

  it('never exceeds max, and full marks equal max exactly, whatever is not applicable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 1, max: 30 }), na: fc.boolean() }), {
          minLength: 2,
          maxLength: 12,
        }),
        fc.constantFrom('cent' as const, 'whole' as const),
        (rows, rounding) => {
          fc.pre(rows.some((r) => !r.na))
          const indicators = rows.map((r, k) => indicator({ id: `i${k}`, weight: r.weight }))
          const logs = data({
            spending: [spend('2025-04-01', '100')],
            progress: rows.map((_, k) => entry(`i${k}`, '2025-04-01', '10')),
            notApplicable: rows.flatMap((r, k) => (r.na ? [{ indicatorId: `i${k}`, reason: '—' }] : [])),
          })
          const score = scoreSheet(sheet(indicators, { scoring: { rounding } }), logs, '2025-12-31')
          expect(score.total).toBe(score.max)
        },
      ),
    )
  })
})
