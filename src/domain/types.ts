// The domain model shared by the engine, the database and the UI.
// Decimal quantities are strings ("37.24") so that nothing ever passes through a binary float;
// arithmetic on them goes through src/domain/decimal.ts. The rule words (tiers, causes, flags,
// profile choices) and their types live in vocabulary.ts; they are re-exported here.
import type {
  DeviationCause,
  FundSource,
  Likelihood,
  Measure,
  ScoringProfile,
  SheetKind,
  SheetStatus,
  Tier,
} from './vocabulary'

/** A decimal number written as a string, e.g. "411.81", "27000", "0.5". */
export type DecimalString = string

export type Comparator = '>=' | '>' | '=' | '<=' | '<'
export type TargetOp = Comparator | 'qualitative'
/** 指标方向: which way a target with no comparator written (a bare "3%") points. */
export type Direction = 'forward' | 'reverse'

/** A target the parser understood. `text` keeps the published wording when there is one. */
export type Target =
  { op: Comparator; value: DecimalString; unit: string } | { op: 'qualitative'; text: string }

export {
  DEFAULT_PROFILE,
  type DeviationCause,
  type Flag,
  type FundSource,
  type Light,
  type Likelihood,
  type Measure,
  type ScoringProfile,
  type SheetKind,
  type SheetStatus,
  type Tier,
} from './vocabulary'

export interface Unit {
  id: string
  name: string
  parentId: string | null
}

export interface PlanMilestone {
  month: number
  value: DecimalString
}

export interface Indicator {
  id: string
  level1: string
  level2: string
  name: string
  /** Structured target; null when the published text could not be read (flag badTarget). */
  target: Target | null
  /** The published 指标值 text, verbatim (e.g. "＞=4 次"); formatted from `target` when none was given. */
  targetText: string
  /** 正向/反向, when the table or the user said; it reads a bare number as ≥ or ≤. */
  direction?: Direction
  weight: number
  rule?: string
  measure: Measure
  basis?: string
  lastYear?: string
  evidence?: string
  plan?: PlanMilestone[]
}

export interface Budget {
  /** 年初预算数, 万元 */
  initial: DecimalString
  /** 全年(调整后)预算数, 万元 */
  adjusted: DecimalString
  /** The official form's fund rows, each with its own 年初/全年; initial/adjusted stay the totals. */
  sources?: BudgetSources
  [extra: string]: unknown
}

export interface SourceBudget {
  initial: DecimalString
  adjusted: DecimalString
}

export type BudgetSources = Partial<Record<FundSource, SourceBudget>>

export interface Funds {
  fiscal: DecimalString
  other: DecimalString
  [extra: string]: unknown
}

export interface Sheet {
  id: string
  unitId: string
  year: number
  kind: SheetKind
  name: string
  owner?: string
  contact?: string
  goals: string[]
  budget: Budget
  funds: Funds
  /** Only the keys that differ from DEFAULT_PROFILE. */
  scoring: Partial<ScoringProfile>
  indicators: Indicator[]
  status?: SheetStatus
}

export interface ProgressEntry {
  id: string
  indicatorId: string
  /** YYYY-MM-DD */
  date: string
  value: DecimalString
  note?: string
  by?: string
}

export interface SpendingEntry {
  id: string
  sheetId: string
  date: string
  /** 万元; negative for a refund or correction (冲减), which then has its reason. */
  amount: DecimalString
  /** Which fund row the money came from; "fiscal" when absent. */
  source?: FundSource
  note?: string
  /** 冲减原因: why money came back or an amount is corrected; present with a negative amount. */
  reason?: string
}

export interface Judgement {
  indicatorId: string
  tier: Tier
  score: DecimalString
  note?: string
}

export interface Override {
  indicatorId: string
  score: DecimalString
  reason: string
}

export interface NotApplicable {
  indicatorId: string
  reason: string
}

export interface Deviation {
  indicatorId: string
  cause: DeviationCause
  text: string
  likelihood?: Likelihood
}

/** An evidence file's metadata in an exchange file; its bytes travel as files/<sha256> in a .zip bundle. */
export interface Attachment {
  id: string
  /** A progress or spending entry's id. */
  entryId: string
  name: string
  type: string
  size: number
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string
}

/** A sheet's 绩效自评报告 paragraphs, only those someone wrote (domain/report/report-texts.ts). */
export interface SheetReportTexts {
  sheetId: string
  texts: Partial<Record<string, string>>
}

/** An exchange file (docs/exchange-format.md), normalised: decimals as strings, targets structured. */
export interface LedgerPackage {
  format: 'perf-ledger'
  version: 1
  exportedAt?: string
  units: Unit[]
  sheets: Sheet[]
  progress: ProgressEntry[]
  spending: SpendingEntry[]
  judgements: Judgement[]
  overrides: Override[]
  notApplicable: NotApplicable[]
  deviations: Deviation[]
  /** Optional: absent in files written before evidence travelled, and when nothing has evidence. */
  attachments?: Attachment[]
  /** Optional: the 绩效自评报告's written paragraphs per sheet (absent when none was written). */
  reportTexts?: SheetReportTexts[]
  /** Optional: the seals of the locked sheets (domain/integrity), so that the receiver can verify them. */
  seals?: { sheetId: string; sha256: string; lockedAt: string }[]
  /** Optional: the unit in use where the file was exported (and who exported it): whose file it is. */
  sentBy?: SentBy
}

/** The exchange file's sender (docs/exchange-format.md, `sentBy`). */
export interface SentBy {
  unitId: string
  profileName?: string
}
