// The words of the rules, each written once (docs/domain.md, docs/exchange-format.md). The model's
// types (types.ts), the exchange file's zod enums (exchange/schema.ts), the db's checks, the forms,
// the workbooks and the command line all take their lists from here, so none can fall out of step.

/** 定性 tiers, best first: the order of the form's choices and of TierBands. */
export const TIERS = ['达成', '部分达成', '未达成'] as const
export type Tier = (typeof TIERS)[number]

/** 偏差原因 classes, in the monitoring form's column order. */
export const DEVIATION_CAUSES = ['经费保障', '制度保障', '人员保障', '硬件保障', '其他'] as const
export type DeviationCause = (typeof DEVIATION_CAUSES)[number]

/** 完成目标可能性, in the monitoring form's column order. */
export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const
export type Likelihood = (typeof LIKELIHOODS)[number]

export const LIGHTS = ['green', 'yellow', 'red', 'blue', 'none'] as const
export type Light = (typeof LIGHTS)[number]

/**
 * 超支: spending above this share of the budget basis (%, the 执行率) is flagged beside the budget
 * light, whatever the light says (a light is measured against 序时进度, so 242830 % is "green").
 * It changes no score.
 */
export const OVERSPENT = { word: '超支', aboveRate: 100 } as const

/** The engine's remarks on an indicator, in the order the exchange format lists them. */
export const FLAGS = [
  'overshoot',
  'override',
  'notApplicable',
  'needsJudgement',
  'noData',
  'badTarget',
] as const
export type Flag = (typeof FLAGS)[number]

export const SHEET_KINDS = ['department', 'project'] as const
export type SheetKind = (typeof SHEET_KINDS)[number]

export const MEASURES = ['cumulative', 'latest'] as const
export type Measure = (typeof MEASURES)[number]

/** Where money comes from on the 自评表's fund rows: 当年财政拨款, 上年结转资金, 其他资金. */
export const FUND_SOURCES = ['fiscal', 'carryover', 'other'] as const
export type FundSource = (typeof FUND_SOURCES)[number]

export const SHEET_STATUSES = ['draft', 'submitted', 'locked'] as const
export type SheetStatus = (typeof SHEET_STATUSES)[number]

/** Whether nothing of a sheet may change: submitted (waiting for its reviewer) or locked. */
export function isFrozen(status: SheetStatus | undefined): boolean {
  return status === 'submitted' || status === 'locked'
}

/** The scoring-profile keys that take one of a few values, each list with the national default first. */
export const PROFILE_CHOICES = {
  budgetBasis: ['adjusted', 'initial'],
  budgetCap: [true, false],
  reverse: ['linear', 'ratio'],
  satisfaction: ['target', 'rate'],
  rounding: ['cent', 'whole'],
  timeProgress: ['month', 'day'],
  roundingMode: ['halfUp', 'down'],
  /** Its default is not the first choice but whatever `rounding` is (resolveProfile). */
  budgetRounding: ['cent', 'whole'],
} as const
export type ProfileChoiceKey = keyof typeof PROFILE_CHOICES
type Choice<K extends ProfileChoiceKey> = (typeof PROFILE_CHOICES)[K][number]

/** Per cent of the weight each 定性 tier allows, [low, high], in TIERS order (达成, 部分达成, 未达成). */
export type TierBandList = [[number, number], [number, number], [number, number]]

/** The band sets real forms use: 财预〔2020〕10号, and the 100–80 / 80–50 / 50–0 % variant (some provinces). */
export const TIER_BAND_PRESETS = {
  national: [
    [80, 100],
    [60, 80],
    [0, 60],
  ],
  wide: [
    [80, 100],
    [50, 80],
    [0, 50],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>

/** Every scoring-profile key of the exchange format; `{}` in a file means all defaults. */
export interface ScoringProfile {
  budgetWeight: number
  budgetBasis: Choice<'budgetBasis'>
  budgetCap: boolean
  reverse: Choice<'reverse'>
  satisfaction: Choice<'satisfaction'>
  rounding: Choice<'rounding'>
  /** Lower bounds of 优, 良, 中. */
  grades: [number, number, number]
  overshootWarn: number
  timeProgress: Choice<'timeProgress'>
  tierBands: TierBandList
  /** "halfUp" or "down" (truncation) for every rounded score. */
  roundingMode: Choice<'roundingMode'>
  /** Places of the 预算执行率 line alone; resolveProfile defaults it to `rounding`. */
  budgetRounding: Choice<'budgetRounding'>
}

/** The national defaults: a sheet stores only the keys that differ from these. */
export const DEFAULT_PROFILE: Readonly<ScoringProfile> = Object.freeze({
  budgetWeight: 10,
  budgetBasis: PROFILE_CHOICES.budgetBasis[0],
  budgetCap: PROFILE_CHOICES.budgetCap[0],
  reverse: PROFILE_CHOICES.reverse[0],
  satisfaction: PROFILE_CHOICES.satisfaction[0],
  rounding: PROFILE_CHOICES.rounding[0],
  grades: [90, 80, 60] as [number, number, number],
  overshootWarn: 1.3,
  timeProgress: PROFILE_CHOICES.timeProgress[0],
  tierBands: TIER_BAND_PRESETS.national.map(([lo, hi]) => [lo, hi]) as TierBandList,
  roundingMode: PROFILE_CHOICES.roundingMode[0],
  budgetRounding: PROFILE_CHOICES.rounding[0],
})
