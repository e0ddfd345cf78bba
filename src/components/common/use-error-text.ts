import { useI18n } from 'vue-i18n'

/** Errors from the db layer carry their message in both languages; show the one the user reads. */
export function useErrorText() {
  const { locale } = useI18n()
  return (error: unknown): string => {
    const bilingual = (error as { bilingual?: { zh: string; en: string } })?.bilingual
    if (bilingual) return locale.value === 'en-US' ? bilingual.en : bilingual.zh
    return error instanceof Error ? error.message : String(error)
  }
}
