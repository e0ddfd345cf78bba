// The narrative paragraphs of a 绩效自评报告: one set per sheet, written by people, kept with the
// year's data (db/report-texts.ts) and in the exchange file (`reportTexts`, docs/exchange-format.md).
// Each paragraph has a drafted default made from the form, which the user edits before exporting.
import type { AssessmentForm } from '../assessment/form'
import type { SheetReportTexts } from '../types'

/** The sections people write; the figures between them come from the engine. */
export const REPORT_TEXT_KEYS = ['overview', 'performance', 'problems', 'measures', 'application'] as const
export type ReportTextKey = (typeof REPORT_TEXT_KEYS)[number]

export type ReportTexts = Record<ReportTextKey, string>

/** What is stored (and exchanged): the sheet's id and only the paragraphs someone wrote. */
export type StoredReportTexts = SheetReportTexts

const FUND_NAME = { fiscal: '当年财政拨款', carryover: '上年结转资金', other: '其他资金' } as const

/** 一、基本情况: who did what with how much. */
function draftOverview(form: AssessmentForm): string {
  const total = form.funds.find((f) => f.key === 'total')!
  const sources = form.funds
    .filter((f) => f.key !== 'total' && f.initial !== null && f.initial !== '0.00')
    .map((f) => `${FUND_NAME[f.key as keyof typeof FUND_NAME]}${f.initial}万元`)
  const subject =
    form.kind === 'department'
      ? `${form.header.implementer}${form.year}年度部门整体支出`
      : `${form.header.implementer}${form.year}年度实施“${form.header.name}”项目`
  const funds = `年初预算${total.initial}万元${sources.length > 0 ? `（其中${sources.join('，')}）` : ''}，全年预算${total.adjusted}万元，全年执行${total.executed}万元，预算执行率${total.rate ?? '—'}%。`
  return `${subject}，${funds}`
}

/** 二、绩效目标及完成情况: the count of indicators met, from the rows. */
function draftPerformance(form: AssessmentForm): string {
  const rows = form.indicators.filter((r) => r.notApplicableReason === null)
  const short = rows.filter((r) => r.deviationNeed !== null)
  return short.length === 0
    ? `本年度共设置绩效指标${rows.length}项，均已完成年度指标值。`
    : `本年度共设置绩效指标${rows.length}项，完成${rows.length - short.length}项，未完成或偏离${short.length}项（${short.map((r) => r.name).join('、')}）。`
}

/** 四、存在的问题及原因分析: the deviation reasons people gave, one sentence each. */
function draftProblems(form: AssessmentForm): string {
  const given = form.indicators.filter((r) => r.deviation !== null)
  if (given.length === 0) return '本年度未发现需要说明的偏差。'
  return given
    .map((r, i) => `${i + 1}. ${r.name}：${r.deviation!.cause}方面，${r.deviation!.text}`)
    .join('\n')
}

function draftMeasures(form: AssessmentForm): string {
  const causes = [...new Set(form.indicators.flatMap((r) => (r.deviation ? [r.deviation.cause] : [])))]
  return causes.length === 0
    ? '继续加强项目日常管理和绩效运行监控，确保各项指标按期完成。'
    : `针对${causes.join('、')}方面存在的问题，加强预算执行和绩效运行监控，细化下一年度绩效目标，按月跟踪指标完成情况。`
}

const APPLICATION = '自评结果将作为下一年度预算安排、政策调整和改进管理的重要依据，并按规定随决算公开。'

/** The drafted default of every paragraph. */
export function draftReportTexts(form: AssessmentForm): ReportTexts {
  return {
    overview: draftOverview(form),
    performance: draftPerformance(form),
    problems: draftProblems(form),
    measures: draftMeasures(form),
    application: APPLICATION,
  }
}

/** What the report prints: the user's paragraph where written, the drafted default elsewhere. */
export function reportTextsFor(form: AssessmentForm, stored: Partial<ReportTexts> | undefined): ReportTexts {
  const drafted = draftReportTexts(form)
  const out = { ...drafted }
  for (const key of REPORT_TEXT_KEYS) {
    const text = stored?.[key]
    if (typeof text === 'string' && text.trim() !== '') out[key] = text
  }
  return out
}
