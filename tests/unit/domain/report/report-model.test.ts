import { describe, expect, it } from 'vitest'
import { assessmentForm } from '@/domain/assessment'
import { buildSelfReport, draftReportTexts, reportTextsFor } from '@/domain/report'
import { yearOfEntries } from '../../fixtures/built-in'

const formOf = (sheetId: string, pkg = yearOfEntries()) =>
  assessmentForm(pkg, sheetId, { attachedOwners: new Set() })!

const section = (r: ReturnType<typeof buildSelfReport>, heading: string) =>
  r.sections.find((s) => s.heading === heading)!

describe('绩效自评报告: figures from the engine', () => {
  it('project sheet: funds 92.50 of 100.00 万元, total 94.75 优, the score table adds up by 一级指标', () => {
    const form = formOf('kz-2025-proj-1')
    const report = buildSelfReport(form, reportTextsFor(form, undefined))
    expect(report.title).toBe('2025年度项目支出绩效自评报告')
    expect(report.sections.map((s) => s.heading)).toEqual([
      '一、基本情况',
      '二、绩效目标及完成情况',
      '三、自评结论',
      '四、存在的问题及原因分析',
      '五、改进措施',
      '六、结果应用及其他需说明的情况',
    ])
    // Spent 30 + 40 + 22.50 = 92.50 in 2025 (the 7.50 of January 2026 does not count): 92.50 %.
    expect(section(report, '一、基本情况').tables[0]!.table.rows[0]).toEqual([
      '年度资金总额',
      '100.00',
      '100.00',
      '92.50',
      '92.50%',
    ])
    // 产出 15 + 15 + 9.50 = 39.50 of 40; 成本 10 + 8 = 18 of 20; 效益 18 of 20; 满意度 10 of 10;
    // budget 10 × 92.5 % = 9.25; total 9.25 + 39.50 + 18 + 18 + 10 = 94.75.
    expect(section(report, '三、自评结论').tables[0]!.table.rows).toEqual([
      ['预算执行率', '10', '9.25'],
      ['产出指标', '40', '39.50'],
      ['成本指标', '20', '18.00'],
      ['效益指标', '20', '18.00'],
      ['满意度指标', '10', '10.00'],
      ['总分', '100.00', '94.75'],
    ])
    expect(section(report, '三、自评结论').paragraphs[0]).toContain(
      '得分94.75分（满分100.00分），评价等级为“优”',
    )
    const rows = section(report, '二、绩效目标及完成情况').tables[1]!.table.rows
    expect(rows.find((r) => r[2] === '上缴州总工会工会经费')).toEqual([
      '成本指标',
      '经济成本指标',
      '上缴州总工会工会经费',
      '＞=50万元',
      '40万元',
      '10',
      '8.00',
    ])
  })

  it('department sheet: 部门整体, 400.00 of 411.81 万元 = 97.13 %, total 91.65', () => {
    const form = formOf('kz-2025-dept')
    const report = buildSelfReport(form, reportTextsFor(form, undefined))
    expect(report.title).toBe('2025年度部门整体绩效自评报告')
    // 400 / 411.81 = 97.131…% → 97.13; budget score 10 × 0.97131 = 9.71; 6 indicators 81.94.
    expect(section(report, '一、基本情况').tables[0]!.table.rows[0]).toEqual([
      '年度资金总额',
      '411.81',
      '411.81',
      '400.00',
      '97.13%',
    ])
    expect(section(report, '三、自评结论').tables[0]!.table.rows).toEqual([
      ['预算执行率', '10', '9.71'],
      ['履职效能', '90', '81.94'],
      ['总分', '100.00', '91.65'],
    ])
  })

  it('草稿 until the sheet is locked', () => {
    const pkg = yearOfEntries()
    expect(
      buildSelfReport(formOf('kz-2025-proj-1', pkg), draftReportTexts(formOf('kz-2025-proj-1', pkg))).draft,
    ).toBe(true)
    const locked = { ...pkg, sheets: pkg.sheets.map((s) => ({ ...s, status: 'locked' as const })) }
    const form = formOf('kz-2025-proj-1', locked)
    const report = buildSelfReport(form, draftReportTexts(form))
    expect(report.draft).toBe(false)
    expect(report.fileName).not.toContain('草稿')
  })
})

describe('narrative paragraphs: drafted defaults, the user text wins where written', () => {
  it('the overview default carries the budget figures; 问题 lists the deviation reasons given', () => {
    const pkg = yearOfEntries()
    pkg.deviations = [{ indicatorId: 'p1-i5', cause: '经费保障', text: '下半年经费到位较晚。' }]
    const form = formOf('kz-2025-proj-1', pkg)
    const drafted = draftReportTexts(form)
    expect(drafted.overview).toContain(
      '年初预算100.00万元（其中当年财政拨款100.00万元），全年预算100.00万元，全年执行92.50万元，预算执行率92.50%',
    )
    expect(drafted.problems).toBe('1. 上缴州总工会工会经费：经费保障方面，下半年经费到位较晚。')
    expect(drafted.measures).toContain('经费保障')
    // 7 indicators, 3 short or over (p1-i1 overshot 2 of ≥1, p1-i3 95 of 100 %, p1-i5 40 of 50).
    expect(drafted.performance).toContain('共设置绩效指标7项，完成4项，未完成或偏离3项')
  })

  it('a written paragraph replaces its default, a blank one does not; lines become paragraphs', () => {
    const form = formOf('kz-2025-proj-1')
    const texts = reportTextsFor(form, { measures: '一是细化目标。\n\n二是按月调度。', problems: '   ' })
    expect(texts.problems).toBe(draftReportTexts(form).problems)
    const report = buildSelfReport(form, texts)
    expect(section(report, '五、改进措施').paragraphs).toEqual(['一是细化目标。', '二是按月调度。'])
  })
})
