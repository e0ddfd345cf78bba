// Where things sit on the 绩效目标表 workbook the app writes and reads back: eleven columns A–K,
// a label/value header block, then one row per indicator. Pure data and small text codecs shared by
// the writer, the reader and their tests.
import type { Measure, PlanMilestone, ScoringProfile, Sheet } from '@/domain/types'
import { PROFILE_CHOICES } from '@/domain/vocabulary'
import { safeSheetName } from './sheet-name'

export const COLUMN_COUNT = 11
export const FONT_NAME = '宋体'

export const TITLE: Record<Sheet['kind'], string> = {
  department: '部门整体绩效目标表',
  project: '项目支出绩效目标表',
}

/** Indicator columns, left to right, with their widths in characters (a CJK character is about 2). */
export const INDICATOR_COLUMNS = [
  { key: 'level1', header: '一级指标', width: 11 },
  { key: 'level2', header: '二级指标', width: 12 },
  { key: 'name', header: '三级指标', width: 26 },
  { key: 'targetText', header: '指标值', width: 13 },
  { key: 'basis', header: '指标值设置依据', width: 14 },
  { key: 'lastYear', header: '上年完成值', width: 11 },
  { key: 'weight', header: '分值', width: 7 },
  { key: 'rule', header: '指标赋分规则', width: 16 },
  { key: 'evidence', header: '佐证资料', width: 11 },
  { key: 'measure', header: '计量方式', width: 10 },
  { key: 'plan', header: '分月计划', width: 16 },
] as const

export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]['key']

/** Labels of the header block (column A), in the order written. */
export const LABELS = {
  unit: '单位名称',
  name: { project: '项目名称', department: '部门整体名称' } as Record<Sheet['kind'], string>,
  owner: '负责人',
  contact: '联系电话',
  initial: '年初预算数（万元）',
  adjusted: '全年预算数（万元）',
  fiscal: '财政资金（万元）',
  other: '其他资金（万元）',
  moneyDetail: '资金明细（万元）',
  goals: '年度绩效目标',
  scoring: '评分设置',
} as const

export const MEASURE_TEXT: Record<Measure, string> = { cumulative: '累计', latest: '最新读数' }

export function measureFrom(text: string): Measure | null {
  if (text === '' || text === '累计') return 'cumulative'
  if (text === '最新读数' || text === '最新') return 'latest'
  return null
}

/** Extra amounts of budget and funds written in one cell: "基本支出 311.81；人员经费 306.77". */
const MONEY_DETAIL_LABELS: Record<string, string> = {
  'budget.basic': '基本支出',
  'budget.personnel': '人员经费',
  'budget.publicUse': '公用经费',
  'budget.project': '项目支出',
  'funds.fiscalFromUpper': '上级安排',
  'funds.fiscalOwnLevel': '本级安排',
}

export function moneyDetailText(sheet: Pick<Sheet, 'budget' | 'funds'>): string {
  const parts: string[] = []
  for (const group of ['budget', 'funds'] as const) {
    const known = group === 'budget' ? ['initial', 'adjusted'] : ['fiscal', 'other']
    for (const [key, value] of Object.entries(sheet[group])) {
      if (known.includes(key) || typeof value !== 'string') continue
      parts.push(`${MONEY_DETAIL_LABELS[`${group}.${key}`] ?? `${group}.${key}`} ${value}`)
    }
  }
  return parts.join('；')
}

/** The reverse of moneyDetailText; null for a part it cannot read. */
export function moneyDetailFrom(
  text: string,
): { key: string; group: 'budget' | 'funds'; value: string }[] | null {
  const out: { key: string; group: 'budget' | 'funds'; value: string }[] = []
  for (const part of text
    .split(/[；;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*[:：]?\s*(\d+(?:\.\d+)?)$/.exec(part)
    if (!m) return null
    const label = m[1]!.trim()
    const path = Object.entries(MONEY_DETAIL_LABELS).find(([, l]) => l === label)?.[0] ?? label
    const [group, key] = path.split('.')
    if ((group !== 'budget' && group !== 'funds') || !key) return null
    out.push({ group, key, value: m[2]! })
  }
  return out
}

/** Profile overrides as "budgetWeight=20；reverse=ratio"; "默认" for none (docs/exchange-format.md keys). */
export function scoringText(scoring: Partial<ScoringProfile>): string {
  const parts = Object.entries(scoring).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`)
  return parts.length ? parts.join('；') : '默认'
}

const NUMBER_KEYS = new Set(['budgetWeight', 'overshootWarn'])
/** The profile's choices as a cell writes them ("budgetCap=false"). */
const CHOICES: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(PROFILE_CHOICES).map(([key, values]) => [key, values.map(String)]),
)

export function scoringFrom(text: string): Partial<ScoringProfile> | null {
  const out: Record<string, unknown> = {}
  if (text === '' || text === '默认') return {}
  for (const part of text
    .split(/[；;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\w+)\s*=\s*(.+)$/.exec(part)
    if (!m) return null
    const [, key, raw] = m as unknown as [string, string, string]
    if (NUMBER_KEYS.has(key)) {
      const n = Number(raw)
      if (!Number.isFinite(n)) return null
      out[key] = n
    } else if (key === 'grades') {
      const g = raw.split('/').map(Number)
      if (g.length !== 3 || g.some((n) => !Number.isFinite(n))) return null
      out[key] = g
    } else if (key === 'tierBands') {
      // "80,100/50,80/0,50", as scoringText writes the three bands
      const bands = raw.split('/').map((b) => b.split(',').map(Number))
      if (bands.length !== 3 || bands.some((b) => b.length !== 2 || b.some((n) => !Number.isFinite(n)))) {
        return null
      }
      out[key] = bands
    } else if (CHOICES[key]?.includes(raw)) {
      out[key] = key === 'budgetCap' ? raw === 'true' : raw
    } else return null
  }
  return out as Partial<ScoringProfile>
}

/** Milestones as "6月:2；12月:4". */
export function planText(plan: readonly PlanMilestone[] | undefined): string {
  return (plan ?? []).map((m) => `${m.month}月:${m.value}`).join('；')
}

export function planFrom(text: string): PlanMilestone[] | null {
  const out: PlanMilestone[] = []
  for (const part of text
    .split(/[；;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d{1,2})\s*月\s*[:：]\s*(\d+(?:\.\d+)?)$/.exec(part)
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null
    out.push({ month: Number(m[1]), value: m[2]! })
  }
  return out
}

/** Worksheet names as Excel accepts them (sheet-name.ts), unique among `used`. */
export function worksheetName(sheet: Pick<Sheet, 'kind' | 'name'>, index: number, used: Set<string>): string {
  const kind = sheet.kind === 'department' ? '部门整体' : '项目'
  return safeSheetName(`${index + 1} ${kind} ${sheet.name}`, used)
}
