import { useI18n } from 'vue-i18n'
import type { EntryProblem } from '@/domain/entry'

/** An entry problem as a sentence in the interface language. */
export function useProblemText() {
  const { t } = useI18n()
  return (p: EntryProblem) => t(`entry.problem.${p.code}`, p.params ?? {})
}
