import { describe, expect, it } from 'vitest'
import {
  isMonthDay,
  lastEntryDates,
  missingDeviationReasons,
  readTodoSettings,
  todoSettingsProblems,
} from '@/domain/reminders/todo-inputs'

describe('the to-do list fed from the stored data', () => {
  it('settings: stored values that are not valid fall back to their defaults, field by field', () => {
    expect(readTodoSettings(undefined)).toEqual({
      monitoringDueMonth: 8,
      staleDays: 30,
      selfAssessmentDue: '03-31',
      selfAssessmentFrom: '12-01',
    })
    expect(readTodoSettings({ monitoringDueMonth: 7, staleDays: 1.5, selfAssessmentDue: '02-30' })).toEqual({
      monitoringDueMonth: 7,
      staleDays: 30,
      selfAssessmentDue: '03-31',
      selfAssessmentFrom: '12-01',
    })
    expect(
      todoSettingsProblems({
        monitoringDueMonth: 1,
        staleDays: 0,
        selfAssessmentDue: '13-01',
        selfAssessmentFrom: '11-15',
      }),
    ).toEqual(['monitoringDueMonth', 'selfAssessmentDue'])
    expect([isMonthDay('02-29'), isMonthDay('04-31'), isMonthDay('4-30')]).toEqual([true, false, false])
  })

  it('the last entry of each indicator up to the date, the recycle bin left out', () => {
    const last = lastEntryDates([
      { indicatorId: 'a', date: '2025-03-01' },
      { indicatorId: 'a', date: '2025-05-02' },
      { indicatorId: 'a', date: '2025-06-30', deletedAt: '2025-07-01T00:00:00Z' },
      { indicatorId: 'b', date: '2025-01-15', deletedAt: null },
    ])
    expect([...last]).toEqual([
      ['a', '2025-05-02'],
      ['b', '2025-01-15'],
    ])
    // Read on 1 April, the May entry has not happened yet.
    expect(
      lastEntryDates(
        [
          { indicatorId: 'a', date: '2025-03-01' },
          { indicatorId: 'a', date: '2025-05-02' },
        ],
        '2025-04-01',
      ).get('a'),
    ).toBe('2025-03-01')
  })

  it('reasons missing: yellow and red rows without a cause (green, blue and explained ones are not)', () => {
    const row = (light: string, cause: string | null) => ({ light, cause }) as never
    const forms = [
      { rows: [row('red', null), row('yellow', null), row('yellow', '经费保障'), row('green', null)] },
      { rows: [row('blue', null), row('red', null), row('none', null)] },
    ]
    expect(missingDeviationReasons(forms)).toBe(3)
  })
})
