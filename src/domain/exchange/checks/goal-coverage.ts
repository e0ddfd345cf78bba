// A goal with no indicator is a promise nobody measures. Heuristic: every counted quantity a goal
// names ("993 个执勤房") should be some indicator's target value, stated in a sentence that shares
// a meaningful bigram with that indicator's name; a goal with no quantity should at least share
// a bigram with some indicator name.
import type { LedgerPackage, Sheet } from '../../types'
import { warning, type Issue } from '../issues'
import { meaningfulBigrams, sharesBigram } from './bigrams'
import { comparableTarget, quantitiesIn, type Quantity } from './goal-quantities'

export function checkGoalCoverage(pkg: LedgerPackage): Issue[] {
  return pkg.sheets.flatMap((sheet, i) => checkSheet(sheet, `sheets[${i}]`))
}

function checkSheet(sheet: Sheet, path: string): Issue[] {
  return uncoveredGoals(sheet).map(({ goal: g, quantities }) => {
    const goalPath = `${path}.goals[${g}]`
    if (quantities.length === 0)
      return warning(
        goalPath,
        'goalWithoutIndicator',
        `目标 ${g + 1} 没有对应的绩效指标。`,
        `Goal ${g + 1} has no indicator that measures it.`,
      )
    const zh = quantities.map((q) => `“${q}”`).join('')
    const en = quantities.map((q) => `"${q}"`).join(', ')
    return warning(
      goalPath,
      'goalWithoutIndicator',
      `目标 ${g + 1} 中的${zh}没有对应的绩效指标。`,
      `Goal ${g + 1}: ${en} ${quantities.length > 1 ? 'have' : 'has'} no indicator.`,
    )
  })
}

/** A goal nobody measures: `quantities` are the promised amounts no indicator states (empty: the whole goal). */
export interface UncoveredGoal {
  goal: number
  quantities: string[]
}

/** The goals of `sheet` that no indicator measures (the target review reports them too). */
export function uncoveredGoals(sheet: Sheet): UncoveredGoal[] {
  if (sheet.indicators.length === 0) return []
  const indicators = sheet.indicators.map((ind) => {
    // Worked out only when a goal names a quantity, which most goals do not.
    let target: ComparableTarget | null | undefined
    const targetOf = () => {
      if (target === undefined) {
        target =
          ind.target && ind.target.op !== 'qualitative'
            ? comparableTarget(ind.target.value, ind.target.unit)
            : null
      }
      return target
    }
    return { grams: meaningfulBigrams(ind.name), targetOf }
  })
  const found: UncoveredGoal[] = []
  sheet.goals.forEach((goal, g) => {
    const quantities = quantitiesIn(goal)
    if (quantities.length === 0) {
      const goalGrams = meaningfulBigrams(goal)
      if (!indicators.some((ind) => sharesBigram(goalGrams, ind.grams)))
        found.push({ goal: g, quantities: [] })
      return
    }
    const uncovered = quantities.filter(
      (q) =>
        !indicators.some((ind) => {
          const target = ind.targetOf()
          return target !== null && measures(target, ind.grams, q)
        }),
    )
    if (uncovered.length > 0) found.push({ goal: g, quantities: uncovered.map((q) => q.text) })
  })
  return found
}

type ComparableTarget = NonNullable<ReturnType<typeof comparableTarget>>

function measures(target: ComparableTarget, nameGrams: Set<string>, q: Quantity): boolean {
  return (
    target.unitClass === q.unitClass &&
    target.value.eq(q.value) &&
    sharesBigram(meaningfulBigrams(q.sentence), nameGrams)
  )
}
