import { createI18n } from 'vue-i18n'
import { enUS, zhCN } from './messages'

export const LOCALES = ['zh-CN', 'en-US'] as const
export type AppLocale = (typeof LOCALES)[number]

const STORAGE_KEY = 'perf-ledger.locale'

/** The locale is kept in localStorage so the very first paint, before IndexedDB opens, is in the right language. */
export function savedLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as AppLocale) : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
})

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
