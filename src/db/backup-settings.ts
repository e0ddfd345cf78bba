// When the last backup was made and how often to remind: device-local settings, anyone's to change
// (backing up is a safety habit, not an administrator's privilege).
import { DEFAULT_REMINDER_DAYS, parseReminderDays } from '@/domain/backup/reminder'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { authorize } from './permissions'
import type { Actor } from './rows'
import { getSetting, writeSetting } from './settings'
import { writeTx } from './write'

export const BACKUP_SETTING_KEYS = {
  lastBackupAt: 'lastBackupAt',
  reminderDays: 'backupReminderDays',
} as const

export interface BackupStatus {
  lastBackupAt: string | null
  reminderDays: number
  /** When the first thing was written here (oldest audit entry); null for an empty database. */
  dataSince: string | null
}

export async function getBackupStatus(db: LedgerDb): Promise<BackupStatus> {
  return db.transaction('r', db.settings, db.audit, async () => {
    const last = await getSetting<string>(db, BACKUP_SETTING_KEYS.lastBackupAt)
    const days = await getSetting<number>(db, BACKUP_SETTING_KEYS.reminderDays)
    const first = await db.audit.orderBy('at').first()
    return {
      lastBackupAt: last ?? null,
      reminderDays: parseReminderDays(days) ?? DEFAULT_REMINDER_DAYS,
      dataSince: first?.at ?? null,
    }
  })
}

/** Records that a backup was made at `at` (ISO 8601). */
export async function recordBackup(db: LedgerDb, actor: Actor, at: string): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'settings.preference')
    await writeSetting(db, who, BACKUP_SETTING_KEYS.lastBackupAt, at)
  })
}

/** 0 turns the reminder off; otherwise whole days up to 365. */
export async function setBackupReminderDays(db: LedgerDb, actor: Actor, days: number): Promise<void> {
  if (parseReminderDays(days) === null) {
    throw new ValidationError('reminderDays', {
      zh: '提醒天数应为 0 到 365 之间的整数（0 表示不提醒）。',
      en: 'Reminder days must be a whole number from 0 to 365 (0 turns it off).',
    })
  }
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'settings.preference')
    await writeSetting(db, who, BACKUP_SETTING_KEYS.reminderDays, days)
  })
}
