// What the to-do list (todo.ts) is fed from the stored data: the settings read back with their
// defaults, each indicator's last entry, and the reasons the monitoring form still lacks.
import type { MonitorForm } from '../monitoring/monitor-form'
import { DEFAULT_TODO_SETTINGS, type TodoSettings } from './todo'

const MONTH_DAY = /^(\d{2})-(\d{2})$/

/** "MM-DD" of a real day (02-29 allowed: a leap year's due day). */
export function isMonthDay(text: unknown): text is string {
  const m = typeof text === 'string' ? MONTH_DAY.exec(text) : null
  if (!m) return false
  const [month, day] = [Number(m[1]), Number(m[2])]
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  )
}

const wholeIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max

/** A stored value that is not a valid setting falls back to its default, field by field. */
export function readTodoSettings(raw: unknown): TodoSettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof TodoSettings, unknown>
  >
  const d = DEFAULT_TODO_SETTINGS
  return {
    // 2–12: the report covers at least January (month 1 would cover nothing).
    monitoringDueMonth: wholeIn(o.monitoringDueMonth, 2, 12) ? o.monitoringDueMonth : d.monitoringDueMonth,
    staleDays: wholeIn(o.staleDays, 0, 365) ? o.staleDays : d.staleDays,
    selfAssessmentDue: isMonthDay(o.selfAssessmentDue) ? o.selfAssessmentDue : d.selfAssessmentDue,
    selfAssessmentFrom: isMonthDay(o.selfAssessmentFrom) ? o.selfAssessmentFrom : d.selfAssessmentFrom,
  }
}

/** Which fields of a setting a person typed are out of range (empty: all valid). */
export function todoSettingsProblems(s: TodoSettings): (keyof TodoSettings)[] {
  const read = readTodoSettings(s)
  return (Object.keys(s) as (keyof TodoSettings)[]).filter((k) => read[k] !== s[k])
}

/**
 * Each indicator's latest entry date up to `upTo` (later entries and the recycle bin do not count);
 * none: absent.
 */
export function lastEntryDates(
  entries: readonly { indicatorId: string; date: string; deletedAt?: string | null }[],
  upTo = '9999-12-31',
): Map<string, string> {
  const last = new Map<string, string>()
  for (const e of entries) {
    if (e.deletedAt || e.date > upTo) continue
    const seen = last.get(e.indicatorId)
    if (seen === undefined || e.date > seen) last.set(e.indicatorId, e.date)
  }
  return last
}

/**
 * Rows of the monitoring forms behind plan (a yellow or red light) with no 偏差原因 yet: what the
 * report still has to explain.
 */
export function missingDeviationReasons(forms: readonly Pick<MonitorForm, 'rows'>[]): number {
  let n = 0
  for (const form of forms)
    for (const row of form.rows)
      if ((row.light === 'yellow' || row.light === 'red') && row.cause === null) n++
  return n
}
