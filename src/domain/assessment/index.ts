/*
 * The year-end self-assessment form as data (项目支出绩效自评表 / 部门整体绩效自评表): pure functions
 * from a sheet and the engine's SheetScore to the form's rows, the reasons a person still owes
 * (judgements, deviation reasons, goal outcomes) and the evidence check.
 */
export { assessmentAsOf } from './year-end'
export { assessmentForm, yearEndScore, type AssessmentFormContext } from './assessment-form'
export { judgementScoreProblem, overrideScoreProblem, type ScoreProblem } from './judgement-band'
export { tierBand, type Band } from '../scoring/tier-bands'
export { DEVIATION_CAUSES, TIERS } from '../vocabulary'
export { CAUSE_KEYS, deviationNeed, type DeviationNeed } from './deviation'
export { asksForEvidence, evidenceMissing } from './evidence'
export { fundsRows, type FundsRow, type FundsRowKey } from './funds'
export {
  GOAL_OUTCOMES_KEY,
  goalOutcomesOf,
  REVIEW_COMMENT_KEY,
  reviewCommentOf,
  type ReviewComment,
} from './goal-outcomes'
export {
  buildAssessmentForm,
  tierOf,
  type AssessmentForm,
  type FormGoal,
  type FormHeader,
  type FormIndicatorRow,
  type FormInput,
} from './form'
export { judgementProblem, overrideProblem, type RecordProblem } from './record-rules'
export { blockers, readiness, type ReadinessCode, type ReadinessItem } from './readiness'
export { plainWeight, withUnit } from './numbers'
