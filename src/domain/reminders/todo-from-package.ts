// The to-do list of a unit-year's data on a chosen date: todo.ts fed from the package the app holds
// (sheets and their status, entries, the monitoring forms' reasons).
import { monitorAsOf, monitorForm } from '../monitoring/monitor-form'
import { scorePackage } from '../scoring/package'
import type { LedgerPackage } from '../types'
import { isLoggable } from '../entry/validate-entry'
import { todoOn, type TodoItem, type TodoRole, type TodoSettings } from './todo'
import { lastEntryDates, missingDeviationReasons } from './todo-inputs'

export interface TodoContext {
  pkg: LedgerPackage
  year: number
  date: string
  role: TodoRole
  settings: TodoSettings
  backupDue: boolean
}

/** The monitoring forms of the months before the due month (1–7月 for August), read at that month's end. */
function reasonsMissing(pkg: LedgerPackage, year: number, dueMonth: number): number {
  const month = dueMonth - 1
  if (month < 1 || pkg.sheets.length === 0) return 0
  const scores = scorePackage(pkg, monitorAsOf(year, month))
  return missingDeviationReasons(
    pkg.sheets.map((sheet, i) => monitorForm(sheet, scores.sheets[i]!, pkg.deviations, month)),
  )
}

export function todoFromPackage(c: TodoContext): TodoItem[] {
  const { pkg, year, settings } = c
  const last = lastEntryDates(pkg.progress, c.date)
  const sheets = pkg.sheets.filter((s) => s.year === year)
  // Frozen sheets take no entries: their indicators are not "not logged".
  const open = sheets.filter((s) => (s.status ?? 'draft') === 'draft')
  const indicators = open.flatMap((s) =>
    s.indicators
      .filter(isLoggable)
      .map((i) => ({ id: i.id, name: i.name, sheetId: s.id, lastEntry: last.get(i.id) ?? null })),
  )
  const inMonitoringMonth =
    c.date.slice(0, 4) === String(year) && Number(c.date.slice(5, 7)) >= settings.monitoringDueMonth
  return todoOn({
    date: c.date,
    year,
    role: c.role,
    sheets: sheets.map((s) => ({ id: s.id, name: s.name, status: s.status ?? 'draft' })),
    indicators,
    // Scoring the year at a month's end costs some milliseconds: only once the report is due.
    missingDeviationReasons: inMonitoringMonth ? reasonsMissing(pkg, year, settings.monitoringDueMonth) : 0,
    backupDue: c.backupDue,
    settings,
  })
}
