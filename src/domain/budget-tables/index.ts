export { checkBudgetTables, type BudgetCheckId, type BudgetFinding, type RowRef } from './checks'
export { readBudgetTables } from './read-tables'
export type { BudgetDisclosure, BudgetRow, BudgetTable, Place } from './types'
