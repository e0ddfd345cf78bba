// Figures derived from the engine's output for the overview, the monitoring form and the big screen.
export { attentionList, type AttentionItem } from './attention'
export { budgetSeries, type BudgetPoint } from './budget-series'
export { comparisonRows, parentUnits, treeOrder, unitsUnder, type ComparisonRow } from './comparison'
export { completionRows, type CompletionRow } from './completion'
export { daysBetween, monthEnd } from './days'
export { indicatorSeries, type IndicatorPoint } from './indicator-series'
export { staleIndicators, type StaleIndicator } from './stale'
export { scoreOutlook, type PendingJudgement, type ScoreOutlook } from './outlook'
