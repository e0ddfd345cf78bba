// Messages live in one file per page or area (src/locales/<locale>/<group>.json); the file name is
// the top-level key, so `targets.json` holds the keys `targets.*`. Chinese is in the first load;
// English comes on demand (./en-us).
import type { LocaleMessages, VueMessageType } from 'vue-i18n'

type Messages = LocaleMessages<VueMessageType>

export function byGroup(files: Record<string, unknown>): Messages {
  const messages: Messages = {}
  for (const [path, content] of Object.entries(files)) {
    const group = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '')
    messages[group] = ((content as { default?: unknown }).default ?? content) as Messages[string]
  }
  return messages
}

export const zhCN = byGroup(import.meta.glob('../locales/zh-CN/*.json', { eager: true }))
