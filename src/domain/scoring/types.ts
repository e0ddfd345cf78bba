// What the engine returns. The first fields of each type are exactly the `score --json` output of
// docs/exchange-format.md (same names, same order); the fields after them are extras for the UI.
import type { ActualValue } from './actuals'
import type {
  Flag,
  Judgement,
  Light,
  Measure,
  NotApplicable,
  Override,
  ProgressEntry,
  SheetKind,
  SpendingEntry,
} from '../types'
import type { Grade } from './grade'

/** What was logged against one sheet, keyed by indicator id. Lists keep file order. */
export interface SheetData {
  progress: Map<string, ProgressEntry[]>
  /** Actual values already worked out at the as-of date (scorePackage does it in one pass); else from `progress`. */
  actuals?: ReadonlyMap<string, ActualValue>
  spending: SpendingEntry[]
  judgements: Map<string, Judgement>
  overrides: Map<string, Override>
  notApplicable: Map<string, NotApplicable>
}

export interface BudgetScore {
  /** 万元, at least 2 places */
  basis: string
  executed: string
  /** executed / basis × 100, always 2 places */
  rate: string
  weight: number
  score: string
  // extras
  /** The weight after rescaling for not-applicable indicators, 2 places. */
  effectiveWeight: string
  /** 序时进度 × 100, 2 places */
  timeProgress: string
  /** rate / time progress × 100, 2 places; null before the year or with no budget. */
  lightValue: string | null
  light: Light
  /** 执行率 above 100 % (OVERSPENT): 超支, shown beside the light. Changes no score. */
  overspent: boolean
  /** Year-end spending at the current pace, and the budget score it would give. */
  projectedExecuted: string
  projectedScore: string
}

export interface IndicatorScore {
  id: string
  name: string
  target: string
  /** Plain decimal; the tier for a judged 定性 indicator; null for a reading never taken. */
  actual: string | null
  weight: number
  score: string | null
  light: Light
  flags: Flag[]
  // extras
  level1: string
  level2: string
  measure: Measure
  effectiveWeight: string
  /** The light's v (×100, 2 places), null where the light is not a ratio. */
  lightValue: string | null
  /** What should be done by now (plan or straight line; the target for readings), 2 places. */
  expected: string | null
  projectedActual: string | null
  projectedScore: string | null
  /** With an override: the score the rules gave. */
  computedScore?: string | null
  overrideReason?: string
  notApplicableReason?: string
  /** A judgement or override was present but refused (score outside its band / outside [0, weight]). */
  judgementOutOfBand?: true
  overrideOutOfRange?: true
}

export interface SheetScore {
  id: string
  name: string
  kind: SheetKind
  year: number
  budget: BudgetScore
  indicators: IndicatorScore[]
  total: string
  max: string
  complete: boolean
  projected: string
  grade: Grade
  light: Light
  // extras
  asOf: string
  /** 序时进度 × 100, 2 places */
  timeProgress: string
}

export interface PackageScore {
  /** The given as-of date, else the first sheet's year end; null for a package without sheets and no date. */
  asOf: string | null
  sheets: SheetScore[]
}
