import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { getDb } from '@/db/database'
import { liveQuery } from '@/db/live-query'
import { can } from '@/db/permissions'
import { getTodoSettings, setTodoSettings } from '@/db/todo-settings'
import { localToday } from '@/domain/as-of'
import { DEFAULT_TODO_SETTINGS, type TodoItem, type TodoSettings } from '@/domain/reminders/todo'
import { todoFromPackage } from '@/domain/reminders/todo-from-package'
import { useDataStore } from './data'
import { useLedgerStore } from './ledger'
import { useSessionStore } from './session'

/** The to-do list (overview panel, menu badge) and its settings (settings page). */
export const useTodoStore = defineStore('todo', () => {
  const session = useSessionStore()
  const ledger = useLedgerStore()
  const data = useDataStore()
  const settings = ref<TodoSettings>({ ...DEFAULT_TODO_SETTINGS })

  const subscription = liveQuery(() => getTodoSettings(getDb())).subscribe({
    next: (value) => (settings.value = value),
  })
  onScopeDispose(() => subscription.unsubscribe())

  const canChange = computed(() => !!session.profile && can(session.profile.role, 'settings.write'))

  /** What is due on `date` (YYYY-MM-DD) for the current profile in the open unit-year. */
  function itemsOn(date: string): TodoItem[] {
    if (!ledger.pkg || !session.profile) return []
    return todoFromPackage({
      pkg: ledger.pkg,
      year: session.year,
      date,
      role: session.profile.role,
      settings: settings.value,
      backupDue: !!data.reminder?.due,
    })
  }

  /** Today's count, for the menu's badge. */
  const countToday = computed(() => itemsOn(localToday()).length)

  async function save(value: TodoSettings) {
    await setTodoSettings(getDb(), session.profile!, value)
  }

  return { settings, canChange, itemsOn, countToday, save }
})
