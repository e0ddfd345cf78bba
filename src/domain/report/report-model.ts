// The 绩效自评报告 as data: headings, paragraphs and tables in the usual order, every figure taken
// from the self-assessment form (itself the engine's SheetScore), the narrative from ReportTexts.
// The .docx writer (src/docx/) only lays this out, so what the report says is tested here.
import type { AssessmentForm } from '../assessment/form'
import { fmt, sum } from '../decimal'
import { plainWeight } from '../assessment/numbers'
import type { ReportTexts } from './report-texts'

export interface ReportTable {
  header: string[]
  rows: string[][]
}

export interface ReportSection {
  heading: string
  paragraphs: string[]
  tables: { caption: string; table: ReportTable }[]
}

export interface SelfReport {
  title: string
  /** 草稿 until the sheet is locked. */
  draft: boolean
  subtitle: string
  sections: ReportSection[]
  /** The file name the download gets. */
  fileName: string
}

const FUND_LABEL = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
} as const

const DASH = '—'
/** A full-width space between names, as official documents set them. */
const GAP = '\u3000'
const show = (text: string | null): string => (text === null || text === '' ? DASH : text)

function fundsTable(form: AssessmentForm): ReportTable {
  return {
    header: ['资金来源', '年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '执行率'],
    rows: form.funds.map((f) => [
      FUND_LABEL[f.key],
      show(f.initial),
      show(f.adjusted),
      show(f.executed),
      f.rate === null ? DASH : `${f.rate}%`,
    ]),
  }
}

function indicatorTable(form: AssessmentForm): ReportTable {
  return {
    header: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    rows: form.indicators.map((r) => [
      r.level1,
      r.level2,
      r.name,
      r.targetText,
      r.notApplicableReason !== null ? '不适用' : show(r.actualText),
      r.weight,
      show(r.score),
    ]),
  }
}

/** 分值 and 得分 by 一级指标, then 预算执行率 and the total: the score table of 三、自评结论. */
function scoreTable(form: AssessmentForm): ReportTable {
  const groups = new Map<string, AssessmentForm['indicators']>()
  for (const row of form.indicators) groups.set(row.level1, [...(groups.get(row.level1) ?? []), row])
  const total = form.funds.find((f) => f.key === 'total')!
  const rows: string[][] = [['预算执行率', show(total.weight), show(total.score)]]
  for (const [level1, list] of groups) {
    const scored = list.filter((r) => r.notApplicableReason === null)
    const awaited = scored.some((r) => r.score === null)
    rows.push([
      level1,
      plainWeight(sum(scored.map((r) => r.weight)).toString()),
      awaited ? DASH : fmt(sum(scored.map((r) => r.score!)), form.rounding),
    ])
  }
  rows.push(['总分', form.max, form.total])
  return { header: ['项目', '分值', '得分'], rows }
}

function goalsTable(form: AssessmentForm): ReportTable {
  return {
    header: ['年度总体目标', '实际完成情况'],
    rows: form.goals.map((g) => [g.expected, show(g.actual)]),
  }
}

/** Paragraphs are split at line breaks, so a list typed one item a line prints as one. */
const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')

export function buildSelfReport(form: AssessmentForm, texts: ReportTexts): SelfReport {
  const department = form.kind === 'department'
  const title = `${form.year}年度${department ? '部门整体' : '项目支出'}绩效自评报告`
  const conclusion = `经自评，${department ? form.header.implementer : form.header.name}${form.year}年度绩效自评得分${form.total}分（满分${form.max}分），评价等级为“${form.grade}”${form.complete ? '' : '（尚有指标待评定，得分为暂计）'}。`
  return {
    title,
    draft: form.status !== 'locked',
    subtitle: department ? form.header.implementer : `${form.header.implementer}${GAP}${form.header.name}`,
    fileName: `${form.header.name}-${title}${form.status !== 'locked' ? '（草稿）' : ''}.docx`,
    sections: [
      {
        heading: '一、基本情况',
        paragraphs: [
          department ? `部门名称：${form.header.implementer}` : `项目名称：${form.header.name}`,
          `主管部门：${form.header.department}${GAP}实施单位：${form.header.implementer}`,
          ...paragraphsOf(texts.overview),
        ],
        tables: [{ caption: '表1 资金情况', table: fundsTable(form) }],
      },
      {
        heading: '二、绩效目标及完成情况',
        paragraphs: paragraphsOf(texts.performance),
        tables: [
          { caption: '表2 年度总体目标完成情况', table: goalsTable(form) },
          { caption: '表3 绩效指标完成情况', table: indicatorTable(form) },
        ],
      },
      {
        heading: '三、自评结论',
        paragraphs: [conclusion],
        tables: [{ caption: '表4 自评得分', table: scoreTable(form) }],
      },
      { heading: '四、存在的问题及原因分析', paragraphs: paragraphsOf(texts.problems), tables: [] },
      { heading: '五、改进措施', paragraphs: paragraphsOf(texts.measures), tables: [] },
      { heading: '六、结果应用及其他需说明的情况', paragraphs: paragraphsOf(texts.application), tables: [] },
    ],
  }
}
