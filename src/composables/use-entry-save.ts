import { ElMessage } from 'element-plus'
import { reactive, ref } from 'vue'
import type { EntryField, EntryProblem } from '@/domain/entry'
import { useEvidenceStore } from '@/stores/evidence'
import { useErrorText } from './use-error-text'
import { useProblemText } from './use-problem-text'

/**
 * The save of an entry form (quick entry, spending, pasted rows): field errors from the domain's
 * validation, a busy flag, a toast when the write lands, and the db layer's refusal as text for the
 * form's own alert. What was typed stays when a save fails; the form clears itself when it succeeds.
 */
export function useEntrySave() {
  const errorText = useErrorText()
  const problemText = useProblemText()
  const evidence = useEvidenceStore()
  const errors = reactive<Partial<Record<EntryField, string>>>({})
  const saveError = ref('')
  const saving = ref(false)

  function clearErrors() {
    for (const key of Object.keys(errors) as EntryField[]) delete errors[key]
    saveError.value = ''
  }

  /** The validation's problems under their fields, the first one of each field. */
  function showProblems(problems: readonly EntryProblem[]) {
    for (const p of problems) errors[p.field] ??= problemText(p)
  }

  /**
   * Runs the write; on success shows `saved(result)` and, when files went with it, refreshes the
   * storage figure. True when it landed.
   */
  async function save<T>(
    write: () => Promise<T>,
    saved: (result: T) => string,
    options: { withFiles?: boolean } = {},
  ): Promise<boolean> {
    saving.value = true
    saveError.value = ''
    try {
      const result = await write()
      ElMessage.success(saved(result))
      if (options.withFiles) void evidence.refreshStorage()
      return true
    } catch (e) {
      saveError.value = errorText(e)
      return false
    } finally {
      saving.value = false
    }
  }

  return { errors, saveError, saving, clearErrors, showProblems, save }
}
