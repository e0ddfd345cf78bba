export { openFindings, withAcceptances } from './acceptances'
export { targetBelowLastYear } from './last-year'
export { describeFinding, REVIEW_MESSAGES, RULE_TITLES } from './messages'
export { comparableName, nameSimilarity } from './names'
export { reviewSheet } from './review-sheet'
export {
  DEFAULT_REVIEW_SETTINGS,
  REVIEW_RULES,
  type Acceptance,
  type ReviewFinding,
  type ReviewRuleId,
  type ReviewSettings,
  type WeightSplit,
} from './types'
