export * from './problems'
export { normalizeTyped, readDecimal } from './read-number'
export {
  checkDate,
  checkValue,
  indicatorUnit,
  isIsoDate,
  isLoggable,
  validateEntry,
  type EntryInput,
} from './validate-entry'
export {
  AMOUNT_PLACES,
  checkAmount,
  checkRunningTotal,
  validateSpending,
  type AmountUnit,
} from './validate-spending'
export { spendingDoubts, valueDoubts, type Doubt } from './plausibility'
export { byDateThenId, newestFirst } from './entry-order'
export { runningTotals, spendingSteps, type SpendingStep } from './running-totals'
export { looseDate, matchIndicator, readBulkRows, type BulkCandidate, type BulkRow } from './bulk-rows'
export { filterEntries, pageOf, type HistoryEntry, type HistoryFilter } from './filter-entries'
export { changedFields, type FieldChange } from './audit-diff'
