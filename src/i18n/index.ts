import { createI18n } from 'vue-i18n'
import { contentOf, groupLoaders, groupOf, shellZhCN, SHELL_GROUPS, type Messages } from './messages'

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
  // Other groups and English are merged in by ensureGroups; typed so both locales are valid values.
  messages: { 'zh-CN': shellZhCN } as Partial<Record<AppLocale, Messages>>,
})

/** `<locale>/<group>` → its load; a failed load is forgotten so the next navigation retries it. */
const loads = new Map<string, Promise<void>>(SHELL_GROUPS.map((g) => [`zh-CN/${g}`, Promise.resolve()]))
/** Groups the app has needed so far: a language switch loads them all for the new language. */
const inUse = new Set<string>(SHELL_GROUPS)

function ensureGroup(locale: AppLocale, group: string): Promise<void> {
  const id = `${locale}/${group}`
  let load = loads.get(id)
  if (!load) {
    const loader = groupLoaders[`../locales/${id}.json`]
    if (!loader) return Promise.reject(new Error(`no message file ${id}.json`))
    load = loader().then((module) => i18n.global.mergeLocaleMessage(locale, { [group]: contentOf(module) }))
    load.catch(() => loads.delete(id))
    loads.set(id, load)
  }
  return load
}

/** Loads the message groups a page needs (router meta.messages) in `locale`, once each. */
export async function ensureGroups(locale: AppLocale, groups: readonly string[]): Promise<void> {
  for (const g of groups) inUse.add(g)
  await Promise.all(groups.map((g) => ensureGroup(locale, g)))
}

/** Every group of `locale`: for tests that mount components outside the router. */
export function loadAllGroups(locale: AppLocale = 'zh-CN'): Promise<void> {
  const all = Object.keys(groupLoaders)
    .filter((path) => path.includes(`/${locale}/`))
    .map(groupOf)
  return ensureGroups(locale, [...SHELL_GROUPS, ...all])
}

/** Loads the saved locale's shell messages; awaited before the app mounts, so the first paint is complete. */
export function loadSavedLocale(): Promise<void> {
  return ensureGroups(savedLocale(), SHELL_GROUPS)
}

/** The UI language now in use. */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value as AppLocale
}

/** Switches the UI language (loading the groups in use first) and remembers it on this device. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await ensureGroups(locale, [...inUse])
  i18n.global.locale.value = locale
  globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
