import { describe, expect, it } from 'vitest'
import { DEFAULT_TODO_SETTINGS } from '@/domain/reminders/todo'
import { todoFromPackage, type TodoContext } from '@/domain/reminders/todo-from-package'
import { yearOfEntries } from '../../fixtures/built-in'

const context = (over: Partial<TodoContext> = {}): TodoContext => ({
  pkg: yearOfEntries(),
  year: 2025,
  date: '2025-08-10',
  role: 'entry',
  settings: { ...DEFAULT_TODO_SETTINGS },
  backupDue: false,
  ...over,
})

describe('the to-do list of the built-in year', () => {
  it('10 August: the 1–7月 form with 2 reasons missing; 11 of 12 loggable indicators not logged for 30 days', () => {
    // Read at 31 July: 医疗互助 0 of 27,000 人 is red; 上缴州总工会 20 of 50 万元 against 7/12 of the
    // year (68.6) is yellow; nobody has given a reason. Entries up to 10 August: only 文体活动
    // (1 August) is within 30 days; 提升公共服务质量 is 定性 and not logged.
    expect(todoFromPackage(context())).toEqual([
      { kind: 'monitoring', link: '/monitor', due: '2025-08-31', overdue: false, months: '1–7', count: 2 },
      { kind: 'stale', link: '/entry', overdue: false, count: 11 },
    ])
  })

  it('45 days: 8 (合规率, 上缴自治区总工会, 上缴州总工会 logged 30 June are 41 days back); a reason given: 1', () => {
    const pkg = yearOfEntries()
    pkg.deviations.push({ indicatorId: 'd-i5', cause: '其他', text: '年底集中参保' } as never)
    const items = todoFromPackage(context({ pkg, settings: { ...DEFAULT_TODO_SETTINGS, staleDays: 45 } }))
    expect(items.map((i) => [i.kind, i.count])).toEqual([
      ['monitoring', 1],
      ['stale', 8],
    ])
  })

  it('a submitted sheet: its indicators are not "not logged"; the reviewer is asked to review it', () => {
    const pkg = yearOfEntries()
    pkg.sheets[1]!.status = 'submitted'
    expect(todoFromPackage(context({ pkg })).find((i) => i.kind === 'stale')?.count).toBe(5)
    expect(todoFromPackage(context({ pkg, role: 'reviewer', backupDue: true }))).toEqual([
      {
        kind: 'review',
        link: '/assessment/kz-2025-proj-1',
        overdue: false,
        sheetId: 'kz-2025-proj-1',
        name: '2025年预算工会经费',
      },
      { kind: 'backup', link: '/data', overdue: false },
    ])
  })
})
