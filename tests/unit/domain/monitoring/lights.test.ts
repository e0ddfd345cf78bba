import { describe, expect, it } from 'vitest'
import { dec } from '@/domain/decimal'
import { budgetBand, indicatorBand, worstLight } from '@/domain/monitoring'
import { scoreSheet } from '@/domain/scoring'
import { data, entry, indicator, sheet, spend } from '../scoring/fixtures'

const MID_YEAR = '2025-06-30' // "month" time progress 6/12 = 0.5

describe('band edges', () => {
  it('indicators: red < 60 ≤ yellow < 80 ≤ green < 120 ≤ blue', () => {
    const bands = ['59.99', '60', '79.99', '80', '119.99', '120'].map((v) => indicatorBand(dec(v)))
    expect(bands).toEqual(['red', 'yellow', 'yellow', 'green', 'green', 'blue'])
  })

  it('budget: red < 60 ≤ yellow < 80 ≤ green, no blue', () => {
    const bands = ['59.99', '60', '79.99', '80', '120', '300'].map((v) => budgetBand(dec(v)))
    expect(bands).toEqual(['red', 'yellow', 'yellow', 'green', 'green', 'green'])
  })
})

describe('cumulative indicator light against the straight line', () => {
  // ≥100, time progress 0.5 → 50 due by 06-30
  const i = indicator({ id: 'c', target: { op: '>=', value: '100', unit: '人' } })
  const at = (actual: string) =>
    scoreSheet(sheet([i]), data({ progress: [entry('c', '2025-03-01', actual)] }), MID_YEAR).indicators[0]!

  it('every band edge', () => {
    // worked out by hand: v = actual / 50 × 100 → 29.995 → 59.99; 30 → 60; 39.995 → 79.99; 40 → 80;
    //   59.995 → 119.99; 60 → 120
    const cases: Array<[string, string, string]> = [
      ['29.995', '59.99', 'red'],
      ['30', '60.00', 'yellow'],
      ['39.995', '79.99', 'yellow'],
      ['40', '80.00', 'green'],
      ['59.995', '119.99', 'green'],
      ['60', '120.00', 'blue'],
    ]
    for (const [actual, v, light] of cases)
      expect(at(actual)).toMatchObject({ lightValue: v, light, expected: '50' })
  })
})

describe('budget light', () => {
  const at = (executed: string) =>
    scoreSheet(sheet([]), data({ spending: [spend('2025-05-01', executed)] }), MID_YEAR).budget

  it('v = rate / time progress', () => {
    // worked out by hand: 29.995 % / 0.5 = 59.99 → red; 30 / 0.5 = 60 → yellow; 40 / 0.5 = 80 → green
    expect(at('29.995')).toMatchObject({
      rate: '30.00',
      lightValue: '59.99',
      light: 'red',
      timeProgress: '50.00',
    })
    expect(at('30')).toMatchObject({ lightValue: '60.00', light: 'yellow' })
    expect(at('39.995')).toMatchObject({ lightValue: '79.99', light: 'yellow' })
    expect(at('40')).toMatchObject({ lightValue: '80.00', light: 'green' })
    expect(at('90')).toMatchObject({ lightValue: '180.00', light: 'green' })
  })

  it('follows the profile\'s "day" time progress, leap year included', () => {
    // worked out by hand: 2024-06-15 is day 167 of 366 → 45.628… % → "45.63";
    //   30 spent of 100 → v = 30 × 366 / 167 = 65.748… → "65.75" → yellow
    const score = scoreSheet(
      sheet([], { year: 2024, scoring: { timeProgress: 'day' } }),
      data({ spending: [spend('2024-05-01', '30')] }),
      '2024-06-15',
    )
    expect(score.timeProgress).toBe('45.63')
    expect(score.budget).toMatchObject({ timeProgress: '45.63', lightValue: '65.75', light: 'yellow' })
  })
})

describe('readings, reverse and qualitative lights', () => {
  it('a reading is not spread over the year: v = reading / target × 100', () => {
    const r = indicator({ id: 'r', target: { op: '=', value: '100', unit: '%' }, measure: 'latest' })
    const at = (v: string) =>
      scoreSheet(sheet([r]), data({ progress: [entry('r', '2025-02-01', v)] }), MID_YEAR).indicators[0]!
    // worked out by hand: 90 / 100 = 90 → green; 59.99 → red; 79.99 → yellow
    expect(at('90')).toMatchObject({ lightValue: '90.00', light: 'green' })
    expect(at('59.99')).toMatchObject({ light: 'red' })
    expect(at('79.99')).toMatchObject({ light: 'yellow' })
  })

  it('reverse: green within the target, else red', () => {
    const le = indicator({ id: 'le', target: { op: '<=', value: '10', unit: '万元' } })
    const lt = indicator({ id: 'lt', target: { op: '<', value: '10', unit: '万元' } })
    const at = (value: string) =>
      scoreSheet(
        sheet([le, lt]),
        data({ progress: [entry('le', '2025-02-01', value), entry('lt', '2025-02-01', value)] }),
        MID_YEAR,
      ).indicators.map((i) => i.light)
    expect(at('10')).toEqual(['green', 'red'])
    expect(at('9.99')).toEqual(['green', 'green'])
    expect(at('10.01')).toEqual(['red', 'red'])
  })

  it('qualitative: the tier chosen mid-year', () => {
    const q = indicator({ id: 'q', target: { op: 'qualitative', text: '有效提升' }, weight: 20 })
    const at = (tier: '达成' | '部分达成' | '未达成', score: string) =>
      scoreSheet(sheet([q]), data({ judgements: [{ indicatorId: 'q', tier, score }] }), MID_YEAR)
        .indicators[0]!.light
    expect([at('达成', '18'), at('部分达成', '14'), at('未达成', '5')]).toEqual(['green', 'yellow', 'red'])
    expect(scoreSheet(sheet([q]), data(), MID_YEAR).indicators[0]!.light).toBe('none')
  })

  it('a zero target is a yes / no light', () => {
    const zero = indicator({ id: 'z', target: { op: '=', value: '0', unit: '起' } })
    const at = (v: string) =>
      scoreSheet(sheet([zero]), data({ progress: [entry('z', '2025-02-01', v)] }), MID_YEAR).indicators[0]!
    expect(at('0')).toMatchObject({ light: 'green', score: '10.00' })
    expect(at('1')).toMatchObject({ light: 'red', score: '0.00' })
  })

  it('everything is "none" before the year starts (time progress 0)', () => {
    const i = indicator({ id: 'c' })
    const score = scoreSheet(sheet([i]), data({ progress: [entry('c', '2024-12-01', '1')] }), '2024-12-31')
    expect(score.budget.light).toBe('none')
    expect(score.indicators[0]!.light).toBe('none')
    expect(score.light).toBe('none')
  })
})

describe('plan milestones replace the straight line', () => {
  // 开展集体协商观摩 ≥4 次, one a quarter (weight 15)
  const plan = [
    { month: 3, value: '1' },
    { month: 6, value: '2' },
    { month: 9, value: '3' },
    { month: 12, value: '4' },
  ]
  const planned = indicator({ id: 'p', target: { op: '>=', value: '4', unit: '次' }, weight: 15, plan })
  const straight = indicator({ id: 's', target: { op: '>=', value: '4', unit: '次' }, weight: 15 })

  it('compares to the last milestone reached', () => {
    // worked out by hand: as of 05-20 (month 5) the plan asks 1 (milestone month 3): 1/1 → v 100 → green.
    //   The straight line asks 4 × 5/12 = 1.6667: 1 / 1.6667 × 100 = 60 → yellow.
    const logs = data({ progress: [entry('p', '2025-03-15', '1'), entry('s', '2025-03-15', '1')] })
    const [p, s] = scoreSheet(sheet([planned, straight]), logs, '2025-05-20').indicators
    expect(p).toMatchObject({ expected: '1', lightValue: '100.00', light: 'green' })
    expect(s).toMatchObject({ expected: '1.67', lightValue: '60.00', light: 'yellow' })
  })

  it('before the first milestone nothing is due: green, or blue when something was already done', () => {
    const none = scoreSheet(sheet([planned]), data(), '2025-02-10').indicators[0]!
    expect(none).toMatchObject({ expected: '0', lightValue: null, light: 'green' })
    const early = scoreSheet(
      sheet([planned]),
      data({ progress: [entry('p', '2025-01-20', '1')] }),
      '2025-02-10',
    )
    expect(early.indicators[0]).toMatchObject({ light: 'blue' })
  })

  it('ignores the order in which milestones are listed', () => {
    const shuffled = indicator({ ...planned, id: 'x', plan: [plan[3]!, plan[1]!, plan[0]!, plan[2]!] })
    const score = scoreSheet(
      sheet([shuffled]),
      data({ progress: [entry('x', '2025-03-15', '2')] }),
      '2025-07-01',
    )
    // worked out by hand: month 7 → milestone month 6 → 2 due; 2/2 → 100 → green
    expect(score.indicators[0]).toMatchObject({ expected: '2', lightValue: '100.00', light: 'green' })
  })
})

describe('sheet light = worst light', () => {
  it('orders red > yellow > green > blue and ignores none', () => {
    expect(worstLight(['green', 'blue', 'yellow'])).toBe('yellow')
    expect(worstLight(['blue', 'green', 'red', 'yellow'])).toBe('red')
    expect(worstLight(['none', 'blue'])).toBe('blue')
    expect(worstLight(['blue', 'green'])).toBe('green')
    expect(worstLight(['none', 'none'])).toBe('none')
    expect(worstLight([])).toBe('none')
  })

  it('in a sheet: the budget counts too', () => {
    // worked out by hand: budget 10 of 100 at 0.5 → v 20 → red; the indicator 60 of 50 due → blue
    const i = indicator({ id: 'c', target: { op: '>=', value: '100', unit: '人' } })
    const logs = data({ spending: [spend('2025-03-01', '10')], progress: [entry('c', '2025-03-01', '60')] })
    const score = scoreSheet(sheet([i]), logs, MID_YEAR)
    expect([score.budget.light, score.indicators[0]!.light, score.light]).toEqual(['red', 'blue', 'red'])
  })
})
