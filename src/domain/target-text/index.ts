export { contradictsDirection, parseTarget, type ParsedTarget } from './parse'
export { targetProblems } from './problems'
export { displayTarget, formatTarget, sameTarget } from './format'
export { matchPrefix, matchSuffix, startsWithComparator, normalizeTargetText } from './comparators'
export { canonicalDecimalString } from './decimal-text'
export { KNOWN_UNITS, isKnownUnit } from './units'
export {
  QUALITATIVE_KEYWORDS,
  QUALITATIVE_PHRASES,
  isQualitativeText,
  isQualitativePhrasePrefix,
} from './qualitative'
export type { TargetProblem } from './problems'
