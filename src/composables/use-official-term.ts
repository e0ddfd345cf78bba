import { useI18n } from 'vue-i18n'

/**
 * Words a sheet carries from the official forms (佐证资料 kinds, 赋分规则, 指标值来源): in English
 * the translation with the Chinese beside it, in Chinese as written. Any other text (a unit's own
 * wording, a name) is shown as it is. Needs the route's `terms` message group.
 */
export function useOfficialTerm(): (text: string | undefined | null) => string {
  const { t, te } = useI18n()
  return (text) => {
    const value = (text ?? '').trim()
    if (!value || value.includes('.')) return text ?? ''
    const key = `terms.term.${value}`
    return te(key) ? t(key) : (text ?? '')
  }
}
