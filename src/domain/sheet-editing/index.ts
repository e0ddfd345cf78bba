// Rules for managing targets: the level framework, live checks while editing, in-memory editing
// helpers and the year rollover.
export { levelFramework, level1Suggestions, level2Suggestions, type LevelGroup } from './framework'
export { checkSheet, type LiveCheck, type SheetChecks } from './live-checks'
export {
  blankIndicator,
  defaultMeasure,
  indicatorWrites,
  moveItem,
  withDirection,
  withTargetText,
  type IndicatorWrites,
} from './indicator-draft'
export {
  planRollover,
  renameForYear,
  type RolledIndicator,
  type RolledSheet,
  type RolloverPlan,
} from './rollover'
