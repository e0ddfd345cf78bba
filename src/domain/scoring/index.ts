/*
 * The scoring engine: pure functions from a sheet and what was logged against it to the
 * numbers of the self-assessment and monitoring forms (docs/domain.md §3–5, docs/exchange-format.md).
 *
 * Decisions taken (the lead's brief), so that nobody has to rediscover them:
 * - Exact decimals throughout (src/domain/decimal.ts: 40 digits, half up). Each item (the budget
 *   line, each indicator) is computed exactly and rounded once per profile ("cent" 2 places,
 *   "whole" whole points); the total is the exact sum of the ROUNDED parts, so it always equals
 *   the sum of its printed parts. Published case: 43.2 → 37.24 gives rate 86.20, score 8.62 / 9.
 * - Budget: basis = adjusted (or initial); executed = spending dated ≤ as-of; rate = executed /
 *   basis × 100 (2 places); score = weight × executed / basis, capped at the weight when budgetCap.
 *   A zero basis gives rate 0.00 and score 0, no error.
 * - ≥, >: met → full, short → w × a / t. "=": as ≥ for t > 0; t = 0 → full if a ≤ 0 else 0.
 *   ≤, <: met (a ≤ t) → full; short → "linear" w × (2t − a) / t floored at 0, or "ratio" w × t / a;
 *   t = 0 → full if a ≤ 0 else 0. Every score is clamped to [0, weight].
 * - 满意度 (level1/level2 contains 满意度 or rule 满意度赋分, not qualitative): "target" → as ≥;
 *   "rate" → w × actual / 100 capped at w, only where the unit is %, else as ≥.
 * - 定性: the judgement's score counts only if inside its tier's band of the published weight
 *   (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %, inclusive). Outside it is not clamped: it is
 *   treated as no judgement (score null, flag needsJudgement, extra judgementOutOfBand: true).
 *   Without a judgement the indicator scores null, counts 0 and makes the sheet incomplete.
 * - Override: replaces the computed score if within [0, effective weight rounded to the cent];
 *   flag "override", extra computedScore; it also settles a pending judgement (needsJudgement is
 *   dropped). An override out of range is ignored and marked overrideOutOfRange: true.
 *   Overrides and not-applicable apply to the projection too, so that at year end projected = total.
 * - Not applicable: score null, flag notApplicable; every remaining item, budget included, gets
 *   effective weight = weight × M / (M − dropped weight), where M is the sheet's nominal maximum
 *   (budget weight + all indicator weights = 100 on a standard sheet, which is the decided
 *   weight × 100 / (100 − NA)); `max` stays M. The rescaled weights are rounded to the profile's unit
 *   by largest remainder so that they add up to M exactly (full marks print as 100.00, never 100.01);
 *   scores are computed against those rounded weights. A judgement is scaled by effective / published weight.
 * - Unreadable target (null) → score 0, flag badTarget, light none.
 * - Actual: "cumulative" sums entries dated ≤ as-of (none → "0" and flag noData); "latest" takes
 *   the reading with the latest date ≤ as-of, of equal dates the later in the list (none → null,
 *   score 0, light none, flag noData). complete = no needsJudgement and no noData.
 * - Overshoot: for ≥, >, = and 满意度 with t > 0, a / t ≥ overshootWarn → flag (score unchanged).
 * - Grade: 优 ≥ grades[0], 良 ≥ grades[1], 中 ≥ grades[2], else 差.
 * - Time progress: "month" = month / 12, "day" = day of year / days in year; 0 before the
 *   sheet's year, 1 after it. Dates are parsed by hand, never through Date.
 * - Lights (none while time progress is 0): budget v = rate / time progress → red < 60 ≤ yellow
 *   < 80 ≤ green (none with a zero basis). Cumulative ≥ / > / = / 满意度: v = a / (t × due fraction)
 *   × 100, due fraction = plan at the last milestone month ≤ as-of month / t where a plan exists,
 *   else time progress; red < 60 ≤ yellow < 80 ≤ green < 120 ≤ blue. Nothing due yet (before
 *   the first milestone): green, or blue when something was already done. Readings: v = a / t × 100.
 *   A zero target: green when met, else red. ≤ / <: green within target, else red. 定性: tier →
 *   green / yellow / red. Sheet light = worst (red > yellow > green > blue; none ignored).
 * - Projection: cumulative actual / due fraction (as is when nothing is due yet or the year is
 *   over), readings as they are, spending / time progress, judgements and overrides as given;
 *   scored with the same rules and rounded the same way.
 * - Exactness beyond the rules: time progress is kept as a fraction (monitoring/ratio.ts) so that
 *   1 done of 4 × 5/12 due is exactly v = 60 (yellow), not 59.99…; entries are summed by
 *   DecimalAccumulator (../exact-sum.ts), exact integer millionths with a decimal.js fallback.
 */
export { scoreSheet } from './sheet'
export { scorePackage } from './package'
export { sheetData, sheetDataIndex, type PackageLogs } from './sheet-data'
export { resolveProfile } from './profile'
export { gradeOf, type Grade } from './grade'
export { actualOf, cumulativeActual, latestActual, type ActualValue } from './actuals'
export {
  isOvershoot,
  isSatisfaction,
  judgementScore,
  ruleKindOf,
  scoreEqual,
  scoreForward,
  scoreQuantity,
  scoreReverse,
  scoreSatisfaction,
  type RuleKind,
} from './rules'
export { inTierBand, NATIONAL_TIER_BANDS, tierBand, type Band, type TierBands } from './tier-bands'
export { budgetScore, executedBy, executionRate } from './budget'
export { weightScale } from './weights'
export { indicatorTargetLabel } from './target-label'
export { InvalidDateError } from '../monitoring/calendar'
export type { BudgetScore, IndicatorScore, PackageScore, SheetData, SheetScore } from './types'
