import { describe, expect, it } from 'vitest'
import { daysBetween, todoOn, type TodoInput } from '@/domain/reminders/todo'

const base = (over: Partial<TodoInput> = {}): TodoInput => ({
  date: '2025-08-10',
  year: 2025,
  role: 'entry',
  sheets: [
    { id: 'dept', name: '部门整体', status: 'draft' },
    { id: 'p1', name: '工会经费', status: 'submitted' },
    { id: 'p2', name: '职工互助', status: 'locked' },
  ],
  indicators: [
    { id: 'i1', name: '文体活动', sheetId: 'dept', lastEntry: '2025-07-11' },
    { id: 'i2', name: '安康杯', sheetId: 'dept', lastEntry: '2025-07-12' },
    { id: 'i3', name: '医疗互助', sheetId: 'dept', lastEntry: null },
  ],
  missingDeviationReasons: 2,
  backupDue: false,
  ...over,
})

const kinds = (input: TodoInput) => todoOn(input).map((i) => i.kind)

describe('todoOn: what is due on a chosen date', () => {
  it('10 August 2025: the 1–7月 monitoring report due 31 August with 2 reasons missing; 2 indicators stale', () => {
    const items = todoOn(base())
    expect(items[0]).toEqual({
      kind: 'monitoring',
      link: '/monitor',
      due: '2025-08-31',
      overdue: false,
      months: '1–7',
      count: 2,
    })
    // 30 days: 07-11 → 08-10 is 21 + 9 = 30 days (stale), 07-12 is 29 (not), never logged counts
    // from 01-01: 221 days (stale). So 2.
    expect(items[1]).toEqual({ kind: 'stale', link: '/entry', overdue: false, count: 2 })
    expect(items).toHaveLength(2)
  })

  it('31 July: nothing for monitoring yet; 1 September with reasons missing: overdue; once given: gone', () => {
    expect(kinds(base({ date: '2025-07-31' }))).not.toContain('monitoring')
    expect(todoOn(base({ date: '2025-09-01' }))[0]).toMatchObject({ kind: 'monitoring', overdue: true })
    expect(kinds(base({ date: '2025-09-01', missingDeviationReasons: 0 }))).not.toContain('monitoring')
    // Within August it stays listed (with 0 reasons missing the report still has to be sent).
    expect(todoOn(base({ missingDeviationReasons: 0 }))[0]).toMatchObject({ kind: 'monitoring', count: 0 })
  })

  it('a setting moves the monitoring month: due in July covers 1–6月, due 31 July', () => {
    const items = todoOn(base({ date: '2025-07-05', settings: { monitoringDueMonth: 7 } }))
    expect(items[0]).toMatchObject({ kind: 'monitoring', due: '2025-07-31', months: '1–6' })
  })

  it('from 1 December the draft sheet is to submit by 31 March next year, overdue on 1 April', () => {
    const dec = todoOn(base({ date: '2025-12-01', missingDeviationReasons: 0, indicators: [] }))
    expect(dec).toEqual([
      {
        kind: 'submit',
        link: '/assessment/dept',
        due: '2026-03-31',
        overdue: false,
        sheetId: 'dept',
        name: '部门整体',
      },
    ])
    expect(todoOn(base({ date: '2025-11-30', indicators: [], missingDeviationReasons: 0 }))).toEqual([])
    expect(todoOn(base({ date: '2026-04-01', indicators: [] }))).toEqual([
      {
        kind: 'submit',
        link: '/assessment/dept',
        due: '2026-03-31',
        overdue: true,
        sheetId: 'dept',
        name: '部门整体',
      },
    ])
  })

  it('a reviewer sees the submitted sheet to review (and no entry work); the backup reminder for anyone', () => {
    expect(todoOn(base({ role: 'reviewer', backupDue: true }))).toEqual([
      { kind: 'review', link: '/assessment/p1', overdue: false, sheetId: 'p1', name: '工会经费' },
      { kind: 'backup', link: '/data', overdue: false },
    ])
    expect(kinds(base({ role: 'leader', backupDue: true }))).toEqual(['backup'])
  })

  it('staleDays 0 turns the stale list off; daysBetween counts across a leap day', () => {
    expect(kinds(base({ settings: { staleDays: 0 } }))).toEqual(['monitoring'])
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-07-11', '2025-08-10')).toBe(30)
  })
})
