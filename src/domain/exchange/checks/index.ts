import type { LedgerPackage } from '../../types'
import type { Issue } from '../issues'
import { checkGoalCoverage } from './goal-coverage'
import { checkHiddenText } from './hidden-text'
import { checkJudgements } from './judgements'
import { indexPackage } from './package-index'
import { checkReferences } from './references'
import { checkSheetSums } from './sheet-sums'
import { checkUnitTree } from './unit-tree'
import { checkValues } from './values'

/** Everything a readable package can still get wrong, errors and warnings alike. */
export function checkPackage(pkg: LedgerPackage): Issue[] {
  const index = indexPackage(pkg)
  return [
    ...checkReferences(pkg, index),
    ...checkUnitTree(pkg),
    ...checkValues(pkg, index),
    ...checkJudgements(pkg, index),
    ...checkSheetSums(pkg),
    ...checkGoalCoverage(pkg),
    ...checkHiddenText(pkg),
  ]
}

export { checkAmountLimits } from './amount-limits'
export { meaningfulBigrams, sharesBigram } from './bigrams'
export { quantitiesIn } from './goal-quantities'
export { uncoveredGoals, type UncoveredGoal } from './goal-coverage'
