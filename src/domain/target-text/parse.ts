import type { Comparator, Direction, Target } from '../types'
import { matchPrefix, matchSuffix, normalizeTargetText } from './comparators'
import { matchNumber } from './decimal-text'
import { readChineseCount } from './chinese-numerals'
import { targetProblems, type TargetProblem } from './problems'

export interface ParsedTarget {
  /** null when the text holds a number it cannot read (a range, 约 …) or is a placeholder ("/"). */
  target: Target | null
  /** Why `target` is null. */
  problem?: TargetProblem
  /** Something the user should look at although the target was read: empty, or against its direction. */
  flag?: TargetProblem
  /** The text was a blank-cell mark ("/", "—", "无"). */
  placeholder?: true
}

/** Marks of a range, an approximation or a second value: never read as part of a unit. */
const NOT_A_UNIT = /[\d<>=≤≥≦≧~～\-—–、,;:]|至|到|约|左右|余|多/
const MAX_UNIT_LENGTH = 8
const SIGN = /^[<>=≤≥≦≧⩾⩽═]/
/** What a table prints in a cell it leaves blank on purpose. */
const PLACEHOLDER = /^[/／\\\-—–－_]+$|^无$/
/** A note after the value: "100%（合格率）", "95%(含)". */
const TRAILING_NOTE = /[（(][^（()）\d]*[)）]$/
/** "约五次", "十项左右": a count in words, approximate, so no number to score against. */
const APPROXIMATE_COUNT =
  /^(约|大约|近|将近)[零一二两三四五六七八九十]+|[零一二两三四五六七八九十]+\S{0,2}左右$/
/** A deadline is judged, not measured: "2023年12月底前", "10月31日前完成". */
const DEADLINE =
  /^(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?(底|末|中旬|上旬|下旬)?(前|之前|以前|内|完成|前完成|底前完成)*$/

/**
 * Reads a published 指标值 ("＞=4 次", "=100%", "不低于27,000人", "有效提升"). A text with no
 * number is 定性 whatever its words; an empty one too, flagged. Where no comparator is written,
 * `direction` (a 指标方向 column, the indicator's own) says which way the number points; a
 * written comparator wins and one that contradicts the direction is flagged. Text with a number
 * it cannot read gets `target: null` and a problem, never a guess.
 */
export function parseTarget(text: string, direction?: Direction): ParsedTarget {
  const normalized = normalizeTargetText(text)
  if (normalized === '') return { target: { op: 'qualitative', text: '' }, flag: targetProblems.empty() }
  if (PLACEHOLDER.test(normalized))
    return { target: null, problem: targetProblems.placeholder(text.trim()), placeholder: true }
  const counted = readChineseCount(normalized)
  if (counted) return parseNumeric(counted, text, direction)
  if (APPROXIMATE_COUNT.test(normalized)) return fail(targetProblems.unknownWording(text.trim()))
  if (!/\d/.test(normalized) || DEADLINE.test(normalized)) return parseNumberFree(text, normalized)
  return parseNumeric(normalized.replace(TRAILING_NOTE, ''), text, direction)
}

function parseNumeric(normalized: string, text: string, direction: Direction | undefined): ParsedTarget {
  const prefix = matchPrefix(normalized)
  const number = matchNumber(prefix ? prefix.rest : normalized)
  if (!number) return fail(targetProblems.unknownWording(text.trim()))

  const suffix = matchSuffix(number.rest)
  const unit = suffix ? suffix.rest : number.rest
  if (/\d/.test(unit)) return fail(targetProblems.range(text.trim()))
  if (NOT_A_UNIT.test(unit) || unit.length > MAX_UNIT_LENGTH)
    return fail(targetProblems.badUnit(text.trim(), unit))

  const written = combine(prefix?.op, suffix?.op)
  if (written === null) return fail(targetProblems.conflictingComparisons(text.trim()))
  if (written === undefined) {
    const op: Comparator = direction === 'forward' ? '>=' : direction === 'reverse' ? '<=' : '='
    return { target: { op, value: number.value, unit } }
  }
  const target: Target = { op: written, value: number.value, unit }
  return contradictsDirection(written, direction)
    ? { target, flag: targetProblems.againstDirection(text.trim(), direction!) }
    : { target }
}

function parseNumberFree(text: string, normalized: string): ParsedTarget {
  // "≥良好", "≥ 次": a comparison whose number is missing, not a judgement.
  if (SIGN.test(normalized)) return fail(targetProblems.noNumber(text.trim()))
  return { target: { op: 'qualitative', text: text.replace(/\s+/g, '') } }
}

/** The written comparison; undefined when none is written, null when prefix and suffix disagree. */
function combine(
  prefix: Comparator | undefined,
  suffix: Comparator | undefined,
): Comparator | null | undefined {
  if (prefix && suffix) return prefix === suffix ? prefix : null
  return prefix ?? suffix
}

/** "≤" on a 正向 indicator, "≥" on a 反向 one. "=" points neither way. */
export function contradictsDirection(op: Comparator, direction: Direction | undefined): boolean {
  if (direction === 'forward') return op === '<' || op === '<='
  if (direction === 'reverse') return op === '>' || op === '>='
  return false
}

function fail(problem: TargetProblem): ParsedTarget {
  return { target: null, problem }
}
