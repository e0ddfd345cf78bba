export {
  InvalidDateError,
  dayOfYear,
  daysInYear,
  isLeapYear,
  parseDate,
  yearEnd,
  type CalendarDate,
} from './calendar'
export { monthReached, timeProgress, timeProgressRatio, type TimeProgressMode } from './time-progress'
export { budgetBand, indicatorBand, tierLight, worstLight } from './lights'
export { forwardLight, reverseLight, type LightReading } from './indicator-light'
export { dueToDate, plannedToDate, projectCumulative, projectSpending } from './projection'
export { divideBy, ratio, valueOf, type Ratio } from './ratio'
export {
  monitorAsOf,
  monitorForm,
  type MonitorBudgetLine,
  type MonitorForm,
  type MonitorRow,
} from './monitor-form'
