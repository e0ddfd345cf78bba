// The version-1 exchange file as it arrives (docs/exchange-format.md). Every object is loose:
// keys this version does not know are kept. Decimals may be JSON numbers or decimal strings;
// defaults for missing optional keys are applied when the file becomes a LedgerPackage.
import { z } from 'zod'
import {
  DEVIATION_CAUSES,
  FUND_SOURCES,
  LIKELIHOODS,
  MEASURES,
  PROFILE_CHOICES,
  SHEET_KINDS,
  SHEET_STATUSES,
  TIERS,
} from '../vocabulary'

// No `new Function` fast path: the Content-Security-Policy forbids eval, and even zod's probe for it
// is reported as a violation. Must run before the first schema below is built.
z.config({ jitless: true })

/** Custom-issue messages; zodIssues.ts turns them into bilingual text. */
export const DECIMAL_MESSAGE = 'decimal'

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/

export function isDecimalInput(v: unknown): v is number | string {
  return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && DECIMAL_TEXT.test(v))
}

export const decimalSchema = z.custom<number | string>(isDecimalInput, { message: DECIMAL_MESSAGE })

const id = z.string().min(1)
const text = z.string()

export const unitSchema = z.looseObject({
  id,
  name: text,
  parentId: z.string().nullable().optional(),
})

export const targetObjectSchema = z.looseObject({
  op: z.string(),
  value: decimalSchema.optional(),
  unit: z.string().optional(),
  text: z.string().optional(),
})

export const planMilestoneSchema = z.looseObject({
  month: z.number().int().min(1).max(12),
  value: decimalSchema,
})

export const indicatorSchema = z.looseObject({
  id,
  level1: text,
  level2: text,
  name: text,
  target: z.union([z.string(), targetObjectSchema]),
  /** This program's own key (docs/exchange-format.md): written only when the published text differs from the structured target. */
  targetText: z.string().optional(),
  /** 正向/反向: how a target with no comparator written reads (docs/exchange-format.md). */
  direction: z.enum(['forward', 'reverse']).optional(),
  weight: z.number(),
  rule: text.optional(),
  measure: z.enum(MEASURES).optional(),
  basis: text.optional(),
  lastYear: text.optional(),
  evidence: text.optional(),
  plan: z.array(planMilestoneSchema).optional(),
})

/** [low, high] per cent of the weight, 0 ≤ low ≤ high ≤ 100. */
const tierBandSchema = z
  .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
  .refine(([lo, hi]) => lo <= hi, { message: 'low > high' })

export const scoringSchema = z.looseObject({
  budgetWeight: z.number().min(0).max(100).optional(),
  budgetBasis: z.enum(PROFILE_CHOICES.budgetBasis).optional(),
  budgetCap: z.boolean().optional(),
  reverse: z.enum(PROFILE_CHOICES.reverse).optional(),
  satisfaction: z.enum(PROFILE_CHOICES.satisfaction).optional(),
  rounding: z.enum(PROFILE_CHOICES.rounding).optional(),
  grades: z.tuple([z.number(), z.number(), z.number()]).optional(),
  overshootWarn: z.number().positive().optional(),
  timeProgress: z.enum(PROFILE_CHOICES.timeProgress).optional(),
  tierBands: z.tuple([tierBandSchema, tierBandSchema, tierBandSchema]).optional(),
  roundingMode: z.enum(PROFILE_CHOICES.roundingMode).optional(),
  budgetRounding: z.enum(PROFILE_CHOICES.budgetRounding).optional(),
})

/** One fund row's 年初 and 全年 budget (budget.sources). */
const sourceBudgetSchema = z.looseObject({ initial: decimalSchema, adjusted: decimalSchema })

export const sheetSchema = z.looseObject({
  id,
  unitId: id,
  year: z.number().int().min(1900).max(2999),
  kind: z.enum(SHEET_KINDS),
  name: text,
  owner: text.optional(),
  goals: z.array(text).optional(),
  budget: z.looseObject({
    initial: decimalSchema,
    adjusted: decimalSchema,
    sources: z
      .looseObject({
        fiscal: sourceBudgetSchema.optional(),
        carryover: sourceBudgetSchema.optional(),
        other: sourceBudgetSchema.optional(),
      })
      .optional(),
  }),
  // Optional: absent means fiscal = the adjusted budget, other = 0.
  funds: z.looseObject({ fiscal: decimalSchema, other: decimalSchema }).optional(),
  scoring: scoringSchema.optional(),
  indicators: z.array(indicatorSchema).optional(),
  status: z.enum(SHEET_STATUSES).optional(),
})

export const progressSchema = z.looseObject({
  id,
  indicatorId: id,
  date: text,
  value: decimalSchema,
  note: text.optional(),
  by: text.optional(),
})

export const spendingSchema = z.looseObject({
  id,
  sheetId: id,
  date: text,
  amount: decimalSchema,
  source: z.enum(FUND_SOURCES).optional(),
  note: text.optional(),
  /** 冲减原因: required (checks/values.ts) when the amount is negative. */
  reason: text.optional(),
})

export const judgementSchema = z.looseObject({
  indicatorId: id,
  tier: z.enum(TIERS),
  score: decimalSchema,
  note: text.optional(),
})

export const overrideSchema = z.looseObject({ indicatorId: id, score: decimalSchema, reason: text })

export const notApplicableSchema = z.looseObject({ indicatorId: id, reason: text })

export const deviationSchema = z.looseObject({
  indicatorId: id,
  cause: z.enum(DEVIATION_CAUSES),
  text,
  likelihood: z.enum(LIKELIHOODS).optional(),
})

/** Lower-case hex, as the bundle's file names and the server's blob addresses are written. */
export const SHA256_HEX = /^[0-9a-f]{64}$/

export const attachmentSchema = z.looseObject({
  id,
  entryId: id,
  name: text,
  type: text,
  size: z.number().int().min(0),
  sha256: z.string().regex(SHA256_HEX),
})

export const reportTextsSchema = z.looseObject({
  sheetId: id,
  texts: z.record(z.string(), z.string()),
})

export const packageSchema = z.looseObject({
  format: z.literal('perf-ledger'),
  version: z.literal(1),
  exportedAt: text.optional(),
  units: z.array(unitSchema).optional(),
  sheets: z.array(sheetSchema).optional(),
  progress: z.array(progressSchema).optional(),
  spending: z.array(spendingSchema).optional(),
  judgements: z.array(judgementSchema).optional(),
  overrides: z.array(overrideSchema).optional(),
  notApplicable: z.array(notApplicableSchema).optional(),
  deviations: z.array(deviationSchema).optional(),
  attachments: z.array(attachmentSchema).optional(),
  reportTexts: z.array(reportTextsSchema).optional(),
  seals: z
    .array(z.object({ sheetId: text, sha256: z.string().regex(/^[0-9a-f]{64}$/), lockedAt: text }))
    .optional(),
  sentBy: z.looseObject({ unitId: id, profileName: text.optional() }).optional(),
})

/**
 * packageSchema with progress and spending left to entries.ts, which checks them the same way in a
 * fraction of the time. Same keys in the same order, so the findings and the output keep theirs.
 */
export const packageShellSchema = packageSchema.extend({
  progress: z.unknown().optional(),
  spending: z.unknown().optional(),
})

/** The top-level keys in the schema's order: zod reports findings key by key in this order. */
export const PACKAGE_KEYS: readonly string[] = Object.keys(packageSchema.shape)

export type WirePackage = z.output<typeof packageSchema>
export type WireShell = z.output<typeof packageShellSchema>
export type WireSheet = z.output<typeof sheetSchema>
export type WireIndicator = z.output<typeof indicatorSchema>
export type WireTargetObject = z.output<typeof targetObjectSchema>
