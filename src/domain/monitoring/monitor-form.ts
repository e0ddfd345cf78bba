// 绩效监控表 (docs/domain.md §4): one sheet at the end of an as-of month, the figures the engine gives
// plus what a person recorded (偏差原因, 完成目标可能性).
import type { BudgetScore, SheetScore } from '../scoring/types'
import type { Deviation, DeviationCause, Flag, Light, Likelihood, Sheet } from '../types'
import { monthEnd } from '../dashboard/days'

export interface MonitorBudgetLine {
  initial: string
  adjusted: string
  /** 1–m 月执行数, 万元 */
  executed: string
  /** 执行率, % */
  rate: string
  /** 序时进度, % */
  timeProgress: string
  /** 全年预计执行数, 万元 */
  projectedExecuted: string
  light: Light
  /** 超支: 执行率 above 100 %. */
  overspent: boolean
}

export interface MonitorRow {
  indicatorId: string
  level1: string
  level2: string
  name: string
  /** 全年指标值, as the sheet states it (">=4次", "有效提升"). */
  target: string
  /** 1–m 月执行情况: the actual with the target's unit ("3次", "95%"), the tier for 定性; null with nothing recorded. */
  executed: string | null
  /** 全年预计完成情况: the year-end value at the current pace, same form; null where there is none. */
  projected: string | null
  light: Light
  flags: Flag[]
  cause: DeviationCause | null
  causeText: string
  likelihood: Likelihood | null
}

export interface MonitorForm {
  sheetId: string
  sheetName: string
  kind: Sheet['kind']
  year: number
  month: number
  asOf: string
  budget: MonitorBudgetLine
  rows: MonitorRow[]
}

/** The date a monitoring month is read at: the month's last day. */
export function monitorAsOf(year: number, month: number): string {
  return monthEnd(year, month)
}

function withUnit(value: string | null, unit: string): string | null {
  return value === null ? null : `${value}${unit}`
}

function budgetLine(sheet: Sheet, budget: BudgetScore): MonitorBudgetLine {
  return {
    initial: sheet.budget.initial,
    adjusted: sheet.budget.adjusted,
    executed: budget.executed,
    rate: budget.rate,
    timeProgress: budget.timeProgress,
    projectedExecuted: budget.projectedExecuted,
    light: budget.light,
    overspent: budget.overspent,
  }
}

/** `score` must be the engine's reading of `sheet` at monitorAsOf(sheet.year, month). */
export function monitorForm(
  sheet: Sheet,
  score: SheetScore,
  deviations: readonly Deviation[],
  month: number,
): MonitorForm {
  const reasons = new Map(deviations.map((d) => [d.indicatorId, d]))
  const byId = new Map(score.indicators.map((i) => [i.id, i]))
  const rows = sheet.indicators.map((indicator): MonitorRow => {
    const s = byId.get(indicator.id)
    const unit = indicator.target && indicator.target.op !== 'qualitative' ? indicator.target.unit : ''
    const qualitative = indicator.target?.op === 'qualitative'
    const deviation = reasons.get(indicator.id)
    return {
      indicatorId: indicator.id,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: s?.target ?? indicator.targetText,
      executed: qualitative ? (s?.actual ?? null) : withUnit(s?.actual ?? null, unit),
      projected: qualitative
        ? (s?.actual ?? null)
        : withUnit(s?.measure === 'latest' ? (s?.actual ?? null) : (s?.projectedActual ?? null), unit),
      light: s?.light ?? 'none',
      flags: s?.flags ?? [],
      cause: deviation?.cause ?? null,
      causeText: deviation?.text ?? '',
      likelihood: deviation?.likelihood ?? null,
    }
  })
  return {
    sheetId: sheet.id,
    sheetName: sheet.name,
    kind: sheet.kind,
    year: sheet.year,
    month,
    asOf: score.asOf,
    budget: budgetLine(sheet, score.budget),
    rows,
  }
}
