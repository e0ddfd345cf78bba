// What is due on a chosen date, for the overview's to-do list and the menu's badge. Pure: the
// caller hands in the unit-year's sheets, each indicator's last entry date, the settings and
// whether a backup is due (domain/backup/reminder.ts); each item names the page that settles it.
import { daysInMonth, parseDate } from '../monitoring/calendar'
import type { SheetStatus } from '../vocabulary'

/** The profile roles (db/rows.ts Role): who submits (entry, admin) and who reviews. */
export type TodoRole = 'entry' | 'admin' | 'leader' | 'reviewer'

export interface TodoSettings {
  /** The month the monitoring report is due in (default 8: the 1–7月 form is due in August). */
  monitoringDueMonth: number
  /** Indicators with no entry for this many days are listed (0: off). */
  staleDays: number
  /** The year-end 自评 is due by this day of the next year, "MM-DD" (default 03-31). */
  selfAssessmentDue: string
  /** Sheets still in draft are listed from this day of the year on, "MM-DD" (default 12-01). */
  selfAssessmentFrom: string
}

export const DEFAULT_TODO_SETTINGS: Readonly<TodoSettings> = Object.freeze({
  monitoringDueMonth: 8,
  staleDays: 30,
  selfAssessmentDue: '03-31',
  selfAssessmentFrom: '12-01',
})

export interface TodoInput {
  /** The chosen date, YYYY-MM-DD. */
  date: string
  year: number
  role: TodoRole
  sheets: readonly { id: string; name: string; status: SheetStatus }[]
  /** Quantitative indicators with the date of their last entry (null: none yet). */
  indicators: readonly { id: string; name: string; sheetId: string; lastEntry: string | null }[]
  /** Indicators whose shortfall still needs a deviation reason on the monitoring form. */
  missingDeviationReasons: number
  backupDue: boolean
  settings?: Partial<TodoSettings>
}

export type TodoKind = 'monitoring' | 'stale' | 'submit' | 'review' | 'backup'

export interface TodoItem {
  kind: TodoKind
  /** The page that settles it (a router path). */
  link: string
  /** YYYY-MM-DD, where there is a deadline. */
  due?: string
  overdue: boolean
  /** How many (indicators, reasons, sheets) the item is about. */
  count?: number
  /** Months covered by the monitoring report ("1–7"). */
  months?: string
  sheetId?: string
  name?: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Whole days from a to b (b later is positive), both YYYY-MM-DD, on the proleptic calendar. */
export function daysBetween(a: string, b: string): number {
  const n = (s: string) => {
    const { year, month, day } = parseDate(s)
    return Date.UTC(year, month - 1, day) / 86_400_000
  }
  return n(b) - n(a)
}

export function todoOn(input: TodoInput): TodoItem[] {
  const s = { ...DEFAULT_TODO_SETTINGS, ...input.settings }
  const { date, year } = input
  const items: TodoItem[] = []
  const mayWrite = input.role === 'entry' || input.role === 'admin'

  // The monitoring report: from the first day of its month; overdue after its last day while
  // reasons are still missing; only within the year.
  const m = s.monitoringDueMonth
  if (m >= 2 && m <= 12 && mayWrite) {
    const opens = `${year}-${pad(m)}-01`
    const due = `${year}-${pad(m)}-${pad(daysInMonth(year, m))}`
    const overdue = date > due
    if (date >= opens && date <= `${year}-12-31` && (!overdue || input.missingDeviationReasons > 0))
      items.push({
        kind: 'monitoring',
        link: '/monitor',
        due,
        overdue,
        months: `1–${m - 1}`,
        count: input.missingDeviationReasons,
      })
  }

  // Indicators not logged for N days: counted from the year's first day when never logged.
  if (s.staleDays > 0 && mayWrite && date >= `${year}-01-01` && date <= `${year}-12-31`) {
    const since = (i: TodoInput['indicators'][number]) => daysBetween(i.lastEntry ?? `${year}-01-01`, date)
    const stale = input.indicators.filter((i) => since(i) >= s.staleDays)
    if (stale.length > 0) items.push({ kind: 'stale', link: '/entry', overdue: false, count: stale.length })
  }

  // The year-end 自评: sheets in draft from selfAssessmentFrom to the due day of the next year.
  const due = `${year + 1}-${s.selfAssessmentDue}`
  if (mayWrite && date >= `${year}-${s.selfAssessmentFrom}`) {
    for (const sheet of input.sheets.filter((x) => x.status === 'draft'))
      items.push({
        kind: 'submit',
        link: `/assessment/${sheet.id}`,
        due,
        overdue: date > due,
        sheetId: sheet.id,
        name: sheet.name,
      })
  }
  // Submitted sheets wait for a reviewer, whatever the date.
  if (input.role === 'reviewer') {
    for (const sheet of input.sheets.filter((x) => x.status === 'submitted'))
      items.push({
        kind: 'review',
        link: `/assessment/${sheet.id}`,
        overdue: date > due,
        sheetId: sheet.id,
        name: sheet.name,
      })
  }

  if (input.backupDue) items.push({ kind: 'backup', link: '/data', overdue: false })
  return items
}
