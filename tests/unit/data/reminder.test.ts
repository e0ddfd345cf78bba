import { describe, expect, it } from 'vitest'
import { backupReminder, parseReminderDays } from '@/domain/backup/reminder'

const now = new Date('2025-06-30T12:00:00Z')

describe('backupReminder', () => {
  it('is due once the last backup is as old as the set number of days', () => {
    // 2025-06-23T12:00 → 2025-06-30T12:00 is exactly 7 days.
    expect(backupReminder({ lastBackupAt: '2025-06-23T12:00:00Z', dataSince: null, days: 7, now })).toEqual({
      due: true,
      daysSinceBackup: 7,
    })
    // 6 days 23 hours: floor → 6, not yet due.
    expect(backupReminder({ lastBackupAt: '2025-06-23T13:00:00Z', dataSince: null, days: 7, now })).toEqual({
      due: false,
      daysSinceBackup: 6,
    })
  })

  it('never backed up: due only when there has been data for that long', () => {
    expect(backupReminder({ lastBackupAt: null, dataSince: '2025-06-29T00:00:00Z', days: 7, now }).due).toBe(
      false,
    )
    expect(backupReminder({ lastBackupAt: null, dataSince: '2025-06-01T00:00:00Z', days: 7, now })).toEqual({
      due: true,
      daysSinceBackup: null,
    })
    expect(backupReminder({ lastBackupAt: null, dataSince: null, days: 7, now }).due).toBe(false)
  })

  it('0 days turns it off', () => {
    expect(backupReminder({ lastBackupAt: '2024-01-01T00:00:00Z', dataSince: null, days: 0, now }).due).toBe(
      false,
    )
  })

  it('reminder days are whole numbers from 0 to 365', () => {
    expect([0, 7, 365, '14'].map(parseReminderDays)).toEqual([0, 7, 365, 14])
    expect([-1, 366, 1.5, '', 'abc', null].map(parseReminderDays)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})
