import type { Comparator, Target } from '../types'
import { matchPrefix, matchSuffix, normalizeTargetText } from './comparators'
import { matchNumber } from './decimal-text'
import { targetProblems, type TargetProblem } from './problems'
import { isQualitativeText } from './qualitative'

export interface ParsedTarget {
  target: Target | null
  problem?: TargetProblem
}

/** Marks of a range, an approximation or a second value: never read as part of a unit. */
const NOT_A_UNIT = /[\d<>=≤≥≦≧~～\-—–、,;:]|至|到|约|左右|余|多/
const MAX_UNIT_LENGTH = 8
const SIGN = /^[<>=≤≥≦≧⩾⩽]/

/**
 * Reads a published 指标值 ("＞=4 次", "=100%", "不低于27,000人", "有效提升").
 * Text it cannot read gets `target: null` and a problem, never a guess.
 */
export function parseTarget(text: string): ParsedTarget {
  const normalized = normalizeTargetText(text)
  if (normalized === '') return fail(targetProblems.empty())
  if (!/\d/.test(normalized)) return parseNumberFree(text, normalized)

  const prefix = matchPrefix(normalized)
  const number = matchNumber(prefix ? prefix.rest : normalized)
  if (!number) return fail(targetProblems.unknownWording(text.trim()))

  const suffix = matchSuffix(number.rest)
  const unit = suffix ? suffix.rest : number.rest
  if (/\d/.test(unit)) return fail(targetProblems.range(text.trim()))
  if (NOT_A_UNIT.test(unit) || unit.length > MAX_UNIT_LENGTH)
    return fail(targetProblems.badUnit(text.trim(), unit))

  const op = combine(prefix?.op, suffix?.op)
  if (op === null) return fail(targetProblems.conflictingComparisons(text.trim()))
  return { target: { op, value: number.value, unit } }
}

function parseNumberFree(text: string, normalized: string): ParsedTarget {
  const comparison = matchPrefix(normalized)
  // "≥良好" compares against nothing; a word such as 达到 may open a phrase ("达到预期").
  if (comparison && (SIGN.test(normalized) || !isQualitativeText(normalized))) {
    return fail(targetProblems.noNumber(text.trim()))
  }
  if (!isQualitativeText(normalized)) return fail(targetProblems.notQualitative(text.trim()))
  return { target: { op: 'qualitative', text: text.replace(/\s+/g, '') } }
}

/** A bare number means "equal to"; prefix and suffix must agree when both are written. */
function combine(prefix: Comparator | undefined, suffix: Comparator | undefined): Comparator | null {
  if (prefix && suffix) return prefix === suffix ? prefix : null
  return prefix ?? suffix ?? '='
}

function fail(problem: TargetProblem): ParsedTarget {
  return { target: null, problem }
}
