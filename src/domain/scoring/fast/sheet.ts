// A whole sheet in exact fractions, or null where only the decimal.js path (../sheet.ts) can promise
// the result. One rounding step per printed figure, as there; the total is the sum of the rounded parts.
import type { Indicator, Sheet } from '../../types'
import { worstLight } from '../../monitoring/lights'
import { dayOfYear, daysInYear, parseDate } from '../../monitoring/calendar'
import type { ActualTracker } from '../actuals'
import type { Grade } from '../grade'
import { resolveProfile } from '../profile'
import type { SheetData, SheetScore } from '../types'
import { BUDGET_ITEM, weightScale } from '../weights'
import { fastBudgetItem } from './budget'
import { fastIndicator, type FastActual } from './indicator'
import {
  NOT_FAST,
  Q0,
  add,
  cmp,
  fixed,
  millionthsQ,
  mul,
  numberQ,
  q,
  qAdd,
  qInt,
  qMul,
  roundUnits,
  textQ,
  type Q,
} from './rational'

/** timeProgressRatio of ../../monitoring/time-progress.ts as a fraction. */
function timeProgress(asOf: string, year: number, mode: 'month' | 'day'): { tp: Q; month: number } {
  const date = parseDate(asOf)
  if (date.year < year) return { tp: qInt(0), month: 0 }
  if (date.year > year) return { tp: qInt(1), month: 12 }
  return {
    tp: mode === 'month' ? q(date.month, 12) : q(dayOfYear(date), daysInYear(year)),
    month: date.month,
  }
}

/** The tracker's actual in fractions; NOT_FAST where its sum left integer millionths. */
function actualOf(tracker: ActualTracker): FastActual {
  const raw = tracker.raw()
  if (raw.measure === 'latest')
    return { value: raw.latest === null ? null : textQ(raw.latest), hasData: raw.hasData }
  if (raw.millionths === null || raw.millionths < 0) throw NOT_FAST
  return { value: millionthsQ(raw.millionths), hasData: raw.hasData }
}

/** Effective weights: the published ones, or (with not-applicable items) weights.ts's apportioned ones. */
function weightsOf(
  sheet: Sheet,
  data: SheetData,
  budgetWeight: number,
  rounding: 'cent' | 'whole',
): { effective: (id: string | typeof BUDGET_ITEM) => Q; max: Q } {
  if (data.notApplicable.size > 0) {
    // Rare: largest-remainder apportioning stays decimal.js's.
    const scale = weightScale(budgetWeight, sheet.indicators, data.notApplicable, rounding)
    return { effective: (id) => textQ(scale.effective(id).toFixed()), max: textQ(scale.max.toFixed()) }
  }
  // Whole weights (the usual case) add as plain integers; any other goes through fractions.
  let whole = Number.isSafeInteger(budgetWeight) ? budgetWeight : NaN
  for (const indicator of sheet.indicators)
    whole += Number.isSafeInteger(indicator.weight) ? indicator.weight : NaN
  let max: Q
  if (Number.isSafeInteger(whole)) max = qInt(whole)
  else {
    max = numberQ(budgetWeight)
    for (const indicator of sheet.indicators) max = qAdd(max, numberQ(indicator.weight))
  }
  return { effective: () => Q0, max: max.num <= 0 ? Q0 : max }
}

/**
 * The sheet's score as ../sheet.ts gives it, or null (then the caller takes that path).
 * `trackerOf` gives each indicator's entries already taken in (scorePackage's one pass).
 */
export function fastSheetScore(
  sheet: Sheet,
  data: SheetData,
  trackerOf: (indicator: Indicator, position: number) => ActualTracker,
  asOf: string,
): SheetScore | null {
  try {
    return score(sheet, data, trackerOf, asOf)
  } catch (e) {
    if (e === NOT_FAST) return null
    throw e
  }
}

function score(
  sheet: Sheet,
  data: SheetData,
  trackerOf: (indicator: Indicator, position: number) => ActualTracker,
  asOf: string,
): SheetScore {
  const profile = resolveProfile(sheet.scoring)
  const places = placesOf(profile.rounding)
  const budgetPlaces = placesOf(profile.budgetRounding)
  // A cent budget line beside whole indicators (or the reverse) keeps the total's cents.
  const totalPlaces = Math.max(places, budgetPlaces)
  const mode = profile.roundingMode
  const { tp, month } = timeProgress(asOf, sheet.year, profile.timeProgress)
  const weights = weightsOf(sheet, data, profile.budgetWeight, profile.rounding)
  const rescaled = data.notApplicable.size > 0
  const effective = (id: string | typeof BUDGET_ITEM, published: number) =>
    rescaled ? weights.effective(id) : numberQ(published)

  const budget = fastBudgetItem({
    budget: sheet.budget,
    spending: data.spending,
    asOf,
    profile,
    places: budgetPlaces,
    mode,
    effectiveWeight: effective(BUDGET_ITEM, profile.budgetWeight),
    tp,
  })
  // Parts in units of the total's places: whole points × 100 beside cents.
  const budgetUnit = 10 ** (totalPlaces - budgetPlaces)
  const indicatorUnit = 10 ** (totalPlaces - places)
  let total = mul(budget.points, budgetUnit)
  let projected = mul(budget.projectedPoints, budgetUnit)
  let complete = true
  const lights = [budget.output.light]
  const indicators = sheet.indicators.map((indicator, k) => {
    const item = fastIndicator(indicator, {
      profile,
      places,
      mode,
      tp,
      monthReached: month,
      effectiveWeight: effective(indicator.id, indicator.weight),
      actual: actualOf(trackerOf(indicator, k)),
      judgement: data.judgements.get(indicator.id),
      override: data.overrides.get(indicator.id),
      notApplicable: data.notApplicable.get(indicator.id),
    })
    total = add(total, mul(item.points ?? 0, indicatorUnit))
    projected = add(projected, mul(item.projectedPoints ?? 0, indicatorUnit))
    const flags = item.output.flags
    if (flags.includes('needsJudgement') || flags.includes('noData')) complete = false
    lights.push(item.output.light)
    return item.output
  })

  const totalQ = q(total, 10 ** totalPlaces)
  return {
    id: sheet.id,
    name: sheet.name,
    kind: sheet.kind,
    year: sheet.year,
    budget: budget.output,
    indicators,
    total: fixed(total, totalPlaces),
    max: fixed(roundUnits(weights.max, totalPlaces, 'halfUp'), totalPlaces),
    complete,
    projected: fixed(projected, totalPlaces),
    grade: gradeOf(totalQ, profile.grades),
    light: worstLight(lights),
    asOf,
    timeProgress: fixed(roundUnits(qMul(tp, qInt(100)), 2, 'halfUp'), 2),
  }
}

const placesOf = (rounding: 'cent' | 'whole') => (rounding === 'cent' ? 2 : 0)

function gradeOf(total: Q, grades: readonly [number, number, number]): Grade {
  if (cmp(total, numberQ(grades[0])) >= 0) return '优'
  if (cmp(total, numberQ(grades[1])) >= 0) return '良'
  if (cmp(total, numberQ(grades[2])) >= 0) return '中'
  return '差'
}
