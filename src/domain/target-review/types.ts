// What the target review (目标审核) reports: warnings a finance bureau would send back, never refusals.

// prettier-ignore
export const REVIEW_RULES = [
  'belowLastYear', 'missingNumber', 'qualitativeOnQuantity', 'lowSatisfaction', 'noSatisfaction',
  'noBenefit', 'weightSplit', 'similarNames', 'goalUnmeasured', 'noEvidence',
] as const

export type ReviewRuleId = (typeof REVIEW_RULES)[number]

export interface ReviewFinding {
  rule: ReviewRuleId
  /** Stable within a sheet while the rows keep their ids: what an acceptance is stored against. */
  key: string
  /** The text's key in REVIEW_MESSAGES (a rule may say different things, e.g. exact or near duplicates). */
  messageKey: string
  params: Record<string, string | number>
  /** The indicator row concerned (0-based), and its id. */
  indicator?: number
  indicatorId?: string
  /** The goal concerned (0-based). */
  goal?: number
  /** Set when a reviewer accepted the finding. */
  accepted?: Acceptance
}

/** A reviewer's "this is fine, because …", stored per sheet and finding key. */
export interface Acceptance {
  key: string
  reason: string
  by: string
  at: string
}

/** The national split of the indicators' weight (财预〔2020〕10号: 产出 50, 效益 30, 满意度 10), in points. */
export interface WeightSplit {
  output: number
  benefit: number
  satisfaction: number
}

export interface ReviewSettings {
  split: WeightSplit
  /** How many points a group may differ from the split before it is flagged. */
  tolerance: number
  /** A satisfaction target below this rate (%) is flagged. */
  minSatisfaction: number
  /** Two names at least this similar (Dice coefficient of their two-character windows) are near duplicates. */
  similarity: number
  /** A rate held at last year's level is no weak target from this rate up (95 % → 95 %). */
  steadyRate: number
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  split: { output: 50, benefit: 30, satisfaction: 10 },
  tolerance: 5,
  minSatisfaction: 80,
  similarity: 0.8,
  steadyRate: 95,
}
