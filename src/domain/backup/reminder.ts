// When to remind the user to back up: the data lives only in this browser, so a backup older than
// the chosen number of days (or none at all once there has been data for that long) is due.

export const DEFAULT_REMINDER_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

export interface ReminderInput {
  /** ISO 8601 of the last backup, or null when none was ever made. */
  lastBackupAt: string | null
  /** ISO 8601 of the first thing written here (the oldest audit entry), or null for an empty database. */
  dataSince: string | null
  /** 0 turns the reminder off. */
  days: number
  now: Date
}

export interface Reminder {
  due: boolean
  /** Whole days since the last backup; null when there never was one. */
  daysSinceBackup: number | null
}

export function backupReminder({ lastBackupAt, dataSince, days, now }: ReminderInput): Reminder {
  const daysSince = (iso: string) => Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS)
  const daysSinceBackup = lastBackupAt ? daysSince(lastBackupAt) : null
  if (days <= 0) return { due: false, daysSinceBackup }
  if (daysSinceBackup !== null) return { due: daysSinceBackup >= days, daysSinceBackup }
  return { due: dataSince !== null && daysSince(dataSince) >= days, daysSinceBackup }
}

/** A whole number of days from 0 (off) to 365, or null when the input is not one. */
export function parseReminderDays(input: unknown): number | null {
  const n = typeof input === 'string' && input.trim() !== '' ? Number(input) : input
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 365 ? n : null
}
