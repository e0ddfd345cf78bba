// Messages live in one file per page or area (src/locales/<locale>/<group>.json); the file name is
// the top-level key, so `targets.json` holds the keys `targets.*`. Only the shell's Chinese groups
// are in the first load; every other group is a chunk of its own, loaded with the route that needs
// it (router meta.messages) or when the language is switched (./index.ts).
import type { LocaleMessages, VueMessageType } from 'vue-i18n'

export type Messages = LocaleMessages<VueMessageType>

export function byGroup(files: Record<string, unknown>): Messages {
  const messages: Messages = {}
  for (const [path, content] of Object.entries(files)) messages[groupOf(path)] = contentOf(content)
  return messages
}

export function groupOf(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.json$/, '')
}

export function contentOf(module: unknown): Messages[string] {
  return ((module as { default?: unknown }).default ?? module) as Messages[string]
}

// What every page shows (header, menu, sync badge, update prompt, backup reminder, light and role
// badges). The glob patterns must be literals, so this list is repeated in the exclusion below.
export const shellZhCN = byGroup(
  import.meta.glob('../locales/zh-CN/{app,common,header,lights,nav,notices,pin,roles,sync}.json', {
    eager: true,
  }),
)

export const SHELL_GROUPS = Object.keys(shellZhCN)

/** The other files, keyed `../locales/<locale>/<group>.json`: one chunk each. */
export const groupLoaders: Record<string, () => Promise<unknown>> = import.meta.glob([
  '../locales/*/*.json',
  '!../locales/zh-CN/{app,common,header,lights,nav,notices,pin,roles,sync}.json',
])
