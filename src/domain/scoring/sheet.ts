// A whole sheet at the as-of date: budget line, indicator lines, total, grade, light, projection.
import type { Indicator, Sheet } from '../types'
import { ZERO, finerRounding, fmt, fmtRate, HUNDRED } from '../decimal'
import { worstLight } from '../monitoring/lights'
import { monthReached, timeProgressRatio } from '../monitoring/time-progress'
import { valueOf } from '../monitoring/ratio'
import { ActualTracker, actualOf } from './actuals'
import { scoreBudgetItem } from './budget'
import { gradeOf } from './grade'
import { scoreIndicator } from './indicator'
import { resolveProfile } from './profile'
import type { SheetData, SheetScore } from './types'
import { BUDGET_ITEM, weightScale } from './weights'
import { fastSheetScore } from './fast/sheet'

const NO_ENTRIES: readonly never[] = []

/**
 * Throws InvalidDateError (bilingual) when asOf is not a YYYY-MM-DD date. Exact fractions of safe
 * integers first (fast/sheet.ts); the decimal.js path where those cannot promise the same result.
 */
export function scoreSheet(sheet: Sheet, data: SheetData, asOf: string): SheetScore {
  if (!data.actuals) {
    const trackerOf = (indicator: Indicator) => {
      const tracker = new ActualTracker(indicator.measure, asOf)
      for (const entry of data.progress.get(indicator.id) ?? NO_ENTRIES) tracker.add(entry)
      return tracker
    }
    const fast = fastSheetScore(sheet, data, trackerOf, asOf)
    if (fast) return fast
  }
  return scoreSheetDecimal(sheet, data, asOf)
}

/** The reference: every step in decimal.js (40 digits, half up), rounded once per printed figure (the profile's mode). */
export function scoreSheetDecimal(sheet: Sheet, data: SheetData, asOf: string): SheetScore {
  const profile = resolveProfile(sheet.scoring)
  const tp = timeProgressRatio(asOf, sheet.year, profile.timeProgress)
  const month = monthReached(asOf, sheet.year)
  const scale = weightScale(profile.budgetWeight, sheet.indicators, data.notApplicable, profile.rounding)

  const budget = scoreBudgetItem({
    budget: sheet.budget,
    spending: data.spending,
    asOf,
    profile,
    effectiveWeight: scale.effective(BUDGET_ITEM),
    timeProgress: tp,
  })
  const indicators = sheet.indicators.map((indicator) =>
    scoreIndicator(indicator, {
      profile,
      asOf,
      timeProgress: tp,
      monthReached: month,
      effectiveWeight: scale.effective(indicator.id),
      actual:
        data.actuals?.get(indicator.id) ??
        actualOf(indicator.measure, data.progress.get(indicator.id) ?? NO_ENTRIES, asOf),
      judgement: data.judgements.get(indicator.id),
      override: data.overrides.get(indicator.id),
      notApplicable: data.notApplicable.get(indicator.id),
    }),
  )

  // The total is the sum of the rounded parts, so it always equals what the form prints.
  let total = budget.points
  let projected = budget.projectedPoints
  for (const item of indicators) {
    total = total.plus(item.points ?? ZERO)
    projected = projected.plus(item.projectedPoints ?? ZERO)
  }
  const outputs = indicators.map((item) => item.output)
  // A cent budget line beside whole indicators (or the reverse) keeps the total's cents.
  const totalRounding = finerRounding(profile.rounding, profile.budgetRounding)
  const complete = !outputs.some((o) => o.flags.includes('needsJudgement') || o.flags.includes('noData'))

  return {
    id: sheet.id,
    name: sheet.name,
    kind: sheet.kind,
    year: sheet.year,
    budget: budget.output,
    indicators: outputs,
    total: fmt(total, totalRounding),
    max: fmt(scale.max, totalRounding),
    complete,
    projected: fmt(projected, totalRounding),
    grade: gradeOf(total, profile.grades),
    light: worstLight([budget.output.light, ...outputs.map((o) => o.light)]),
    asOf,
    timeProgress: fmtRate(valueOf(tp).times(HUNDRED)),
  }
}
