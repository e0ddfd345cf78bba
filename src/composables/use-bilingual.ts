import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** Text the domain and db layers give in both languages (problems, refusals, notices). */
export interface BilingualText<T = string> {
  zh: T
  en: T
}

/**
 * The one place that turns the interface locale into a choice between Chinese and English:
 * `pick(m)` is `m.en` when the interface is English, `m.zh` otherwise (Chinese is the default).
 */
export function useBilingual() {
  const { locale } = useI18n()
  const english = computed(() => locale.value === 'en-US')
  const pick = <T>(text: BilingualText<T>): T => (english.value ? text.en : text.zh)
  return { english, pick }
}
