// The to-do list's settings (when the monitoring report and the 自评 are due, after how many days an
// indicator counts as not logged): one device-local setting, an administrator's to change, audited.
import { readTodoSettings, todoSettingsProblems } from '@/domain/reminders/todo-inputs'
import type { TodoSettings } from '@/domain/reminders/todo'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { authorize } from './permissions'
import type { Actor } from './rows'
import { getSetting, writeSetting } from './settings'
import { writeTx } from './write'

export const TODO_SETTINGS_KEY = 'todoSettings'

export async function getTodoSettings(db: LedgerDb): Promise<TodoSettings> {
  return readTodoSettings(await getSetting(db, TODO_SETTINGS_KEY))
}

export async function setTodoSettings(db: LedgerDb, actor: Actor, settings: TodoSettings): Promise<void> {
  const wrong = todoSettingsProblems(settings)
  if (wrong.length > 0)
    throw new ValidationError(wrong.join(', '), {
      zh: '提醒设置有误：监控表月份为 2–12，天数为 0–365，日期按 月-日 填写（如 03-31）。',
      en: 'The reminder settings are out of range: the report month is 2–12, days 0–365, dates MM-DD (e.g. 03-31).',
    })
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'settings.write')
    await writeSetting(db, who, TODO_SETTINGS_KEY, { ...settings })
  })
}
