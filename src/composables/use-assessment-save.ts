import { ElMessage } from 'element-plus'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useErrorText } from '@/composables/use-error-text'

/**
 * The write of one of the judgement forms: a busy flag and a toast for a save, and, for a save or a
 * clear, the db layer's refusal handed back as text for the form's own error field (what was typed stays).
 */
export function useAssessmentSave() {
  const { t } = useI18n()
  const errorText = useErrorText()
  const saving = ref(false)

  /** Saves; true when it landed. */
  async function save(write: () => Promise<unknown>, onError: (message: string) => void): Promise<boolean> {
    saving.value = true
    try {
      await write()
      ElMessage.success(t('assessment.saved'))
      return true
    } catch (e) {
      onError(errorText(e))
      return false
    } finally {
      saving.value = false
    }
  }

  /** Removes a record (no toast: the form itself shows it gone). */
  async function clear(write: () => Promise<unknown>, onError: (message: string) => void): Promise<void> {
    try {
      await write()
    } catch (e) {
      onError(errorText(e))
    }
  }

  return { saving, save, clear }
}
