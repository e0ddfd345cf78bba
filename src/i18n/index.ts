import { createI18n } from 'vue-i18n'
import { zhCN } from './messages'

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
  // English is added by ensureMessages; typed here so both locales are valid values.
  messages: { 'zh-CN': zhCN } as Partial<Record<AppLocale, typeof zhCN>>,
})

const loaded = new Set<AppLocale>(['zh-CN'])

/** English messages are a chunk of their own: fetched the first time English is needed. */
async function ensureMessages(locale: AppLocale): Promise<void> {
  if (loaded.has(locale)) return
  const { enUS } = await import('./en-us')
  i18n.global.setLocaleMessage(locale, enUS)
  loaded.add(locale)
}

/** Loads the saved locale's messages; awaited before the app mounts, so the first paint is complete. */
export function loadSavedLocale(): Promise<void> {
  return ensureMessages(savedLocale())
}

/** Switches the UI language (loading its messages first) and remembers it on this device. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await ensureMessages(locale)
  i18n.global.locale.value = locale
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
