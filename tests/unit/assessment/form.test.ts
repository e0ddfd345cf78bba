import { describe, expect, it } from 'vitest'
import { assessmentAsOf, blockers, buildAssessmentForm, readiness, type FormInput } from '@/domain/assessment'
import { Decimal } from '@/domain/decimal'
import { scoreSheet, sheetData } from '@/domain/scoring'
import type { Deviation, LedgerPackage } from '@/domain/types'
import { yearOfEntries } from '../fixtures/built-in'

function formOf(pkg: LedgerPackage, sheetId: string, extra: Partial<FormInput> = {}) {
  const sheet = pkg.sheets.find((s) => s.id === sheetId)!
  const score = scoreSheet(sheet, sheetData(pkg, sheetId), assessmentAsOf(sheet.year))
  return buildAssessmentForm({
    sheet,
    score,
    unitName: '克孜勒苏柯尔克孜自治州总工会',
    judgements: pkg.judgements,
    deviations: pkg.deviations,
    progress: pkg.progress,
    attachedOwners: new Set(),
    ...extra,
  })
}

const row = (form: ReturnType<typeof formOf>, id: string) => form.indicators.find((r) => r.id === id)!

describe('项目支出绩效自评表 of 2025年预算工会经费 with a year of entries', () => {
  const form = formOf(yearOfEntries(), 'kz-2025-proj-1')

  it('fills the header', () => {
    expect(form.header).toEqual({
      name: '2025年预算工会经费',
      department: '克孜勒苏柯尔克孜自治州总工会',
      implementer: '克孜勒苏柯尔克孜自治州总工会',
      owner: '罗菲菲',
      contact: '',
    })
  })

  it('fills the funds block', () => {
    // Spent in 2025: 30.00 + 40.00 + 22.50 = 92.50 (the 7.50 of 2026-01-05 is after the year).
    // Rate 92.50 / 100.00 = 92.50 %; score 10 × 92.50 / 100 = 9.25. The whole budget is 当年财政拨款
    // (fiscal 100.00, other 0.00), so that row spent all of it; the other sources spent 0.00 of 0.00.
    expect(form.funds).toEqual([
      {
        key: 'total',
        initial: '100.00',
        adjusted: '100.00',
        executed: '92.50',
        weight: '10',
        publishedWeight: null,
        rate: '92.50',
        score: '9.25',
      },
      {
        key: 'fiscal',
        initial: '100.00',
        adjusted: '100.00',
        executed: '92.50',
        weight: null,
        publishedWeight: null,
        rate: '92.50',
        score: null,
      },
      {
        key: 'carryover',
        initial: '0.00',
        adjusted: '0.00',
        executed: '0.00',
        weight: null,
        publishedWeight: null,
        rate: null,
        score: null,
      },
      {
        key: 'other',
        initial: '0.00',
        adjusted: '0.00',
        executed: '0.00',
        weight: null,
        publishedWeight: null,
        rate: null,
        score: null,
      },
    ])
  })

  it('fills the indicator rows', () => {
    const figures = form.indicators.map((r) => [r.id, r.actualText, r.weight, r.score, r.deviationNeed])
    expect(figures).toEqual([
      // 1 + 1 = 2 次 ≥ 1 → 15; 2 / 1 = 2 ≥ 1.3 → overshoot, a reason is due.
      ['p1-i1', '2次', '15', '15.00', 'overshoot'],
      // latest reading 100 % (2025-12-20) = 100 % → 15.
      ['p1-i2', '100%', '15', '15.00', null],
      // 95 % against = 100 %: 10 × 95 / 100 = 9.50, short.
      ['p1-i3', '95%', '10', '9.50', 'shortfall'],
      // 25 + 25 = 50 万元 ≥ 50 → 10.
      ['p1-i4', '50万元', '10', '10.00', null],
      // 20 + 20 = 40 万元 < 50: 10 × 40 / 50 = 8.00, short.
      ['p1-i5', '40万元', '10', '8.00', 'shortfall'],
      // 定性, judged 达成 18 (band 16–20).
      ['p1-i6', '达成', '20', '18.00', null],
      // 满意度 96 % ≥ 95 % → 10; 96 / 95 = 1.01 < 1.3, no overshoot.
      ['p1-i7', '96%', '10', '10.00', null],
    ])
  })

  it('adds up the total and grade', () => {
    // 9.25 + 15 + 15 + 9.50 + 10 + 8 + 18 + 10 = 94.75 ≥ 90 → 优
    expect([form.total, form.max, form.grade, form.complete]).toEqual(['94.75', '100.00', '优', true])
  })

  it('flags evidence that the 佐证资料 column asks for and nobody attached', () => {
    // Every project indicator names evidence (工作资料, 原始凭证, 说明材料); with no attachment all 7 are flagged.
    expect(form.indicators.filter((r) => r.evidenceMissing).map((r) => r.id)).toHaveLength(7)
    const attached = formOf(yearOfEntries(), 'kz-2025-proj-1', {
      // one file on an entry of p1-i1 (its first entry, t-e001), one on the indicator p1-i6 itself
      attachedOwners: new Set([yearOfEntries().progress.find((e) => e.indicatorId === 'p1-i1')!.id, 'p1-i6']),
    })
    expect(attached.indicators.filter((r) => r.evidenceMissing).map((r) => r.id)).toEqual([
      'p1-i2',
      'p1-i3',
      'p1-i4',
      'p1-i5',
      'p1-i7',
    ])
  })

  it('lists what blocks the submit: goal outcome and three deviation reasons', () => {
    const items = blockers(readiness(form))
    expect(items.map((i) => [i.code, i.indicatorId ?? i.goal, i.need])).toEqual([
      ['goalOutcomeMissing', 1, undefined],
      ['deviationMissing', 'p1-i1', 'overshoot'],
      ['deviationMissing', 'p1-i3', 'shortfall'],
      ['deviationMissing', 'p1-i5', 'shortfall'],
    ])
    const pkg = yearOfEntries()
    const deviations: Deviation[] = ['p1-i1', 'p1-i3', 'p1-i5'].map((indicatorId) => ({
      indicatorId,
      cause: '经费保障',
      text: '原因与措施',
    }))
    const sheet = { ...pkg.sheets[1]!, goalOutcomes: ['已按规定划拨并上解工会经费。'] }
    const done = formOf({ ...pkg, sheets: [pkg.sheets[0]!, sheet], deviations }, 'kz-2025-proj-1')
    expect(done.goals).toEqual([{ expected: sheet.goals[0], actual: '已按规定划拨并上解工会经费。' }])
    expect(blockers(readiness(done))).toEqual([])
    // Evidence stays a warning.
    expect(readiness(done).every((i) => i.code === 'evidenceMissing' && i.level === 'warning')).toBe(true)
  })

  it('shows the rescale when an indicator is not applicable', () => {
    const pkg = yearOfEntries()
    pkg.notApplicable = [{ indicatorId: 'p1-i3', reason: '本年度无上缴任务' }]
    const na = formOf(pkg, 'kz-2025-proj-1')
    // M = 100, dropped 10 → each weight × 100 / 90: 10 → 11.11…, 15 → 16.66…, 20 → 22.22…
    // Floors in cents add to 99.98; the two largest remainders (16.666… → 0.0066…) get a cent:
    // budget 11.11, i1 16.67, i2 16.67, i4 11.11, i5 11.11, i6 22.22, i7 11.11 (sum 100.00).
    expect(na.funds[0]!.weight).toBe('11.11')
    expect(na.indicators.map((r) => [r.id, r.weight, r.score])).toEqual([
      ['p1-i1', '16.67', '16.67'],
      ['p1-i2', '16.67', '16.67'],
      // Dropped: it carries no 分值 (was 10, kept on the form before issue 15 and summed to 110).
      ['p1-i3', '0', null],
      ['p1-i4', '11.11', '11.11'],
      // 11.11 × 40 / 50 = 8.888 → 8.89
      ['p1-i5', '11.11', '8.89'],
      // 18 / 20 × 22.22 = 19.998 → 20.00
      ['p1-i6', '22.22', '20.00'],
      ['p1-i7', '11.11', '11.11'],
    ])
    // budget 11.11 × 92.50 % = 10.27675 → 10.28; total 10.28 + 16.67 + 16.67 + 11.11 + 8.89 + 20.00 + 11.11 = 94.73
    expect([na.funds[0]!.score, na.total]).toEqual(['10.28', '94.73'])
    expect(row(na, 'p1-i3')).toMatchObject({ notApplicableReason: '本年度无上缴任务', deviationNeed: null })
    expect(readiness(na).some((i) => i.indicatorId === 'p1-i3')).toBe(false)
  })

  it('works the rescale example of docs/domain.md: 资金使用合规率 (15) does not apply', () => {
    const pkg = yearOfEntries()
    pkg.notApplicable = [{ indicatorId: 'p1-i2', reason: '本年度无上缴任务' }]
    const na = formOf(pkg, 'kz-2025-proj-1')
    // M = 100, dropped 15, kept 85: 10 → 11.7647…, 15 → 17.6470…, 20 → 23.5294…
    // Cent floors 5 × 11.76 + 17.64 + 23.52 = 99.96; the 4 cents left go to the largest remainders:
    // 23.5294 (.0094), 17.6470 (.0070), then the first two 11.7647s (.0047), the budget line and p1-i3.
    expect(na.funds[0]).toMatchObject({ weight: '11.77', publishedWeight: '10' })
    expect(na.indicators.map((r) => [r.id, r.weight, r.publishedWeightText, r.rescaled])).toEqual([
      ['p1-i1', '17.65', '15', true],
      ['p1-i2', '0', '15', false],
      ['p1-i3', '11.77', '10', true],
      ['p1-i4', '11.76', '10', true],
      ['p1-i5', '11.76', '10', true],
      ['p1-i6', '23.53', '20', true],
      ['p1-i7', '11.76', '10', true],
    ])
    // The 分值 column adds up to the total's maximum: 11.77 + 17.65 + 0 + 11.77 + 3 × 11.76 + 23.53 = 100.00.
    const column = [na.funds[0]!.weight!, ...na.indicators.map((r) => r.weight)]
    expect(column.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe('100.00')
    expect(na.max).toBe('100.00')
    // Scores: budget 11.77 × 92.50 % = 10.887… → 10.89; p1-i3 11.77 × 95 / 100 = 11.1815 → 11.18;
    // p1-i5 11.76 × 40 / 50 = 9.408 → 9.41; p1-i6 23.53 × 18 / 20 = 21.177 → 21.18; the rest in full.
    // 10.89 + 17.65 + 11.18 + 11.76 + 9.41 + 21.18 + 11.76 = 93.83
    expect(na.indicators.map((r) => r.score)).toEqual(['17.65', null, '11.18', '11.76', '9.41', '21.18', '11.76'])
    expect([na.funds[0]!.score, na.total]).toEqual(['10.89', '93.83'])
  })

  it('shows an override beside the computed score', () => {
    const pkg = yearOfEntries()
    pkg.overrides = [{ indicatorId: 'p1-i5', score: '9', reason: '州总工会已确认12月另行上缴 10 万元' }]
    const o = formOf(pkg, 'kz-2025-proj-1')
    expect(row(o, 'p1-i5')).toMatchObject({
      score: '9.00',
      computedScore: '8.00',
      overrideReason: '州总工会已确认12月另行上缴 10 万元',
    })
    // 94.75 − 8.00 + 9.00 = 95.75
    expect(o.total).toBe('95.75')
  })

  it('awaits the judgement of the 定性 indicator without one', () => {
    const pkg = { ...yearOfEntries(), judgements: [] }
    const f = formOf(pkg, 'kz-2025-proj-1')
    expect(row(f, 'p1-i6')).toMatchObject({ score: null, actualText: null, needsJudgement: true })
    // 94.75 − 18 = 76.75 → 中 (60 ≤ 76.75 < 80)
    expect([f.total, f.grade, f.complete]).toEqual(['76.75', '中', false])
    expect(readiness(f).some((i) => i.code === 'needsJudgement' && i.indicatorId === 'p1-i6')).toBe(true)
  })

  it('asks a reason of a 定性 judgement below 达成', () => {
    const pkg = {
      ...yearOfEntries(),
      judgements: [{ indicatorId: 'p1-i6', tier: '部分达成' as const, score: '14' }],
    }
    expect(row(formOf(pkg, 'kz-2025-proj-1'), 'p1-i6').deviationNeed).toBe('shortfall')
  })
})

describe('部门整体绩效自评表 of 2025 with a year of entries', () => {
  const form = formOf(yearOfEntries(), 'kz-2025-dept')

  it('fills the funds block; the split by source is unknown, so those rows leave 执行数 blank', () => {
    // 300.00 + 100.00 = 400.00 of 411.81: rate 400 / 411.81 = 97.1321… % → 97.13; score 10 × 0.971321… = 9.71.
    expect(form.funds[0]).toEqual({
      key: 'total',
      initial: '411.81',
      adjusted: '411.81',
      executed: '400.00',
      weight: '10',
      publishedWeight: null,
      rate: '97.13',
      score: '9.71',
    })
    // Two funded sources (财政 311.81, 其他 100.00): spending is not logged by source.
    expect(form.funds.slice(1).map((r) => [r.key, r.initial, r.adjusted, r.executed, r.rate])).toEqual([
      ['fiscal', '311.81', '311.81', null, null],
      ['carryover', '0.00', '0.00', null, null],
      ['other', '100.00', '100.00', null, null],
    ])
  })

  it('fills the indicator rows, total and grade', () => {
    expect(
      form.indicators.map((r) => [r.id, r.actualText, r.score, r.deviationNeed, r.evidenceMissing]),
    ).toEqual([
      ['d-i1', '4次', '15.00', null, false], // 1+1+1+1 = 4 ≥ 4
      ['d-i2', '1次', '7.50', 'shortfall', false], // 15 × 1 / 2 = 7.50
      ['d-i3', '4次', '15.00', null, false], // 2 + 2 = 4
      ['d-i4', '7家', '15.00', 'overshoot', false], // 3 + 4 = 7; 7 / 5 = 1.4 ≥ 1.3
      ['d-i5', '26000人', '14.44', 'shortfall', false], // 15 × 26000 / 27000 = 14.444… → 14.44
      ['d-i6', '4次', '15.00', null, false],
    ])
    // 9.71 + 15 + 7.50 + 15 + 15 + 14.44 + 15 = 91.65 → 优
    expect([form.total, form.grade]).toEqual(['91.65', '优'])
    expect(form.goals).toHaveLength(6)
  })
})
