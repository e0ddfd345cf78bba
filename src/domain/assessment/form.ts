// The self-assessment form (项目支出绩效自评表 / 部门整体绩效自评表) as data: every figure from the
// engine's SheetScore, plus what people wrote (goal outcomes, deviation reasons) and the checks.
import type {
  Deviation,
  Judgement,
  ProgressEntry,
  ScoringProfile,
  Sheet,
  SheetKind,
  SheetStatus,
  SpendingEntry,
  Tier,
} from '../types'
import { Decimal, type Rounding } from '../decimal'
import type { Grade } from '../scoring/grade'
import { resolveProfile } from '../scoring/profile'
import type { IndicatorScore, SheetScore } from '../scoring/types'
import { deviationNeed, type DeviationNeed } from './deviation'
import { evidenceMissing } from './evidence'
import { fundsRows, type FundsRow } from './funds'
import { goalOutcomesOf } from './goal-outcomes'
import { plainWeight, withUnit } from './numbers'

export interface FormHeader {
  /** 项目名称 (部门名称 on the department form) */
  name: string
  /** 主管部门 */
  department: string
  /** 实施单位 */
  implementer: string
  /** 项目负责人 */
  owner: string
  contact: string
}

export interface FormGoal {
  expected: string
  actual: string
}

export interface FormIndicatorRow {
  id: string
  level1: string
  level2: string
  name: string
  /** 年度指标值, as published */
  targetText: string
  /** 实际完成值 with its unit ("2次", "100%"), the tier of a 定性 indicator; null when none. */
  actualText: string | null
  /**
   * 分值 after any not-applicable rescale ("15", "16.67"); "0" on a row that does not apply, which
   * carries no weight, so that the column adds up to the total's maximum.
   */
  weight: string
  publishedWeight: number
  /** The published 分值 as printed ("15"): shown beside `weight` where the two differ. */
  publishedWeightText: string
  /** The row keeps its place but its 分值 was rescaled (differs from the published one). */
  rescaled: boolean
  /** The sheet's 定性 tier bands (the profile's tierBands), for the assessor's score check. */
  tierBands: ScoringProfile['tierBands']
  /** 得分; null while a judgement is awaited or when not applicable. */
  score: string | null
  qualitative: boolean
  judgement: Judgement | null
  /** The score the rules gave, when a reviewer overrode it. */
  computedScore: string | null
  overrideReason: string | null
  notApplicableReason: string | null
  deviation: Deviation | null
  deviationNeed: DeviationNeed | null
  evidence: string
  evidenceMissing: boolean
  needsJudgement: boolean
  noData: boolean
  badTarget: boolean
}

export interface AssessmentForm {
  sheetId: string
  kind: SheetKind
  year: number
  status: SheetStatus
  header: FormHeader
  funds: FundsRow[]
  goals: FormGoal[]
  indicators: FormIndicatorRow[]
  total: string
  max: string
  grade: Grade
  complete: boolean
  /** The profile's rounding: scores print with 2 places ("cent") or whole points. */
  rounding: Rounding
  /** The 预算执行率 line's own rounding (the profile's budgetRounding). */
  budgetRounding: Rounding
}

export interface FormInput {
  sheet: Sheet
  score: SheetScore
  /** 实施单位: the unit the sheet belongs to. */
  unitName: string
  /** 主管部门; the unit itself when not given (a first-level budget unit is its own). */
  departmentName?: string
  judgements: readonly Judgement[]
  deviations: readonly Deviation[]
  progress: readonly ProgressEntry[]
  /** The sheet's spending, for the fund rows' 执行数 by source. */
  spending?: readonly SpendingEntry[]
  /** Ids of entries and indicators that carry at least one attachment. */
  attachedOwners: ReadonlySet<string>
}

function unitOf(indicator: Sheet['indicators'][number]): string {
  return indicator.target && indicator.target.op !== 'qualitative' ? indicator.target.unit : ''
}

function byIndicator<T extends { indicatorId: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.indicatorId, item]))
}

export function buildAssessmentForm(input: FormInput): AssessmentForm {
  const { sheet, score } = input
  const profile = resolveProfile(sheet.scoring)
  const scores = new Map<string, IndicatorScore>(score.indicators.map((s) => [s.id, s]))
  const judgements = byIndicator(input.judgements)
  const deviations = byIndicator(input.deviations)
  const entriesOf = new Map<string, ProgressEntry[]>()
  for (const entry of input.progress) {
    const list = entriesOf.get(entry.indicatorId)
    if (list) list.push(entry)
    else entriesOf.set(entry.indicatorId, [entry])
  }
  const outcomes = goalOutcomesOf(sheet)

  const indicators = sheet.indicators.map((indicator): FormIndicatorRow => {
    const s = scores.get(indicator.id)
    if (!s) throw new Error(`no score for indicator ${indicator.id}`)
    const qualitative = indicator.target?.op === 'qualitative'
    const notApplicable = s.flags.includes('notApplicable')
    return {
      id: indicator.id,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      targetText: indicator.targetText,
      actualText: s.actual === null ? null : qualitative ? s.actual : withUnit(s.actual, unitOf(indicator)),
      weight: notApplicable ? '0' : plainWeight(s.effectiveWeight),
      publishedWeight: indicator.weight,
      publishedWeightText: plainWeight(indicator.weight),
      rescaled: !notApplicable && !new Decimal(s.effectiveWeight).eq(indicator.weight),
      tierBands: profile.tierBands,
      score: s.score,
      qualitative,
      judgement: judgements.get(indicator.id) ?? null,
      computedScore: s.flags.includes('override') ? (s.computedScore ?? null) : null,
      overrideReason: s.flags.includes('override') ? (s.overrideReason ?? null) : null,
      notApplicableReason: notApplicable ? (s.notApplicableReason ?? '') : null,
      deviation: deviations.get(indicator.id) ?? null,
      deviationNeed: deviationNeed(indicator, s),
      evidence: indicator.evidence ?? '',
      evidenceMissing:
        !notApplicable && evidenceMissing(indicator, entriesOf.get(indicator.id) ?? [], input.attachedOwners),
      needsJudgement: s.flags.includes('needsJudgement'),
      noData: s.flags.includes('noData'),
      badTarget: s.flags.includes('badTarget'),
    }
  })

  return {
    sheetId: sheet.id,
    kind: sheet.kind,
    year: sheet.year,
    status: sheet.status ?? 'draft',
    header: {
      name: sheet.name,
      department: input.departmentName ?? input.unitName,
      implementer: input.unitName,
      owner: sheet.owner ?? '',
      contact: sheet.contact ?? '',
    },
    funds: fundsRows(sheet, score.budget, input.spending, score.asOf),
    goals: sheet.goals.map((expected, i) => ({ expected, actual: outcomes[i] ?? '' })),
    indicators,
    total: score.total,
    max: score.max,
    grade: score.grade,
    complete: score.complete,
    rounding: profile.rounding,
    budgetRounding: profile.budgetRounding,
  }
}

/** The tier a judged 定性 row shows. */
export function tierOf(row: FormIndicatorRow): Tier | null {
  return row.judgement?.tier ?? null
}
