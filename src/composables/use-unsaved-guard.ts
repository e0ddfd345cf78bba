import { ElMessageBox } from 'element-plus'
import { onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave } from 'vue-router'
import { currentLocale, ensureGroups } from '@/i18n'
import { useSessionStore } from '@/stores/session'

/**
 * What a form keeps of its half-filled state. `state` is plain data (kept in localStorage, so it
 * outlives a closed page); `files` are the picked photos and files, kept in memory only: they
 * survive a sub-tab switch and leaving by the menu and coming Back, not a closed page.
 */
export interface DraftParts<S> {
  state: S
  files?: readonly unknown[]
}

export interface UnsavedGuardOptions<S> {
  /** The form's name in the draft's key: one draft per unit, year and form (and `scope`). */
  form: string
  /** More of the key, such as the sheet the spending form writes to. */
  scope?: () => string
  /** True while the form holds something a save would keep. */
  dirty: () => boolean
  /** The form's state now. Without `restore`, the guard only asks before leaving (no draft). */
  capture: () => DraftParts<S>
  restore?: (draft: DraftParts<S>) => void
}

const PREFIX = 'pl-draft:'
/** Photos cannot go to localStorage; within the open page they stay here, by the draft's key. */
const inMemory = new Map<string, DraftParts<unknown>>()

interface Stored<S> {
  state: S
  fileCount: number
}

function readStored<S>(key: string): Stored<S> | null {
  try {
    const text = globalThis.localStorage?.getItem(key)
    return text ? (JSON.parse(text) as Stored<S>) : null
  } catch {
    return null
  }
}

function writeStored(key: string, parts: DraftParts<unknown>): void {
  try {
    const stored: Stored<unknown> = { state: parts.state, fileCount: parts.files?.length ?? 0 }
    globalThis.localStorage?.setItem(key, JSON.stringify(stored))
  } catch {
    // A full or blocked localStorage loses only the closed-page copy; the in-memory one stays.
  }
}

function forget(key: string): void {
  inMemory.delete(key)
  try {
    globalThis.localStorage?.removeItem(key)
  } catch {
    // Nothing to remove where storage is blocked.
  }
}

/**
 * Unsaved changes of one form are neither lost nor dropped without asking: while the form is
 * dirty its draft is kept (per unit, year and form), a page close asks (beforeunload), leaving the
 * page asks (keep the draft / discard / stay), and the draft comes back when the form opens again,
 * with `restored` set for the form's notice ("已恢复未保存的草稿"). `saved()` after a save and
 * `discard()` from the notice forget it.
 */
export function useUnsavedGuard<S>(options: UnsavedGuardOptions<S>) {
  const { t } = useI18n()
  // Its words are a message group of their own, which the routes of its forms declare; loaded here
  // too for a form elsewhere. Merged messages do not re-render what is shown, so the draft is put
  // back once they are in.
  const words = ensureGroups(currentLocale(), ['unsaved']).catch(() => undefined)
  /** False until the stored draft was looked at: an edit before that must not erase it. */
  let ready = false
  /** The key the form's content belongs to: until a new key's draft is looked at, nothing is written. */
  let activeKey = ''
  const session = useSessionStore()
  const keeps = !!options.restore
  const key = () =>
    `${PREFIX}${session.unit?.id ?? ''}:${session.year}:${options.form}${options.scope ? `:${options.scope()}` : ''}`

  /** Set when a draft was put back: how many of its files were lost with a closed page. */
  const restored = ref<{ filesDropped: number } | null>(null)

  function keep() {
    const k = key()
    if (!keeps || !ready || k !== activeKey) return
    if (!options.dirty()) return forget(k)
    const parts = options.capture() as DraftParts<unknown>
    inMemory.set(k, parts)
    writeStored(k, parts)
  }

  function putBack() {
    const k = key()
    activeKey = k
    if (!options.restore) return
    const held = inMemory.get(k) as DraftParts<S> | undefined
    if (held) {
      options.restore(held)
      restored.value = { filesDropped: 0 }
      return
    }
    const stored = readStored<S>(k)
    if (!stored) return
    options.restore({ state: stored.state, files: [] })
    restored.value = { filesDropped: stored.fileCount }
  }

  if (keeps) {
    watch(() => [options.dirty(), options.capture()], keep, { deep: true })
    // Another sheet, indicator, unit or year: that one's draft, if any.
    watch(key, () => {
      restored.value = null
      if (ready) putBack()
    })
  }

  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (!options.dirty()) return
    event.preventDefault()
    // Older Chromium (86) shows the prompt only when returnValue is set.
    event.returnValue = ''
  }

  let mounted = false
  onMounted(async () => {
    mounted = true
    window.addEventListener('beforeunload', onBeforeUnload)
    await words
    if (!mounted) return
    putBack()
    ready = true
    // What was typed while the words loaded.
    keep()
  })
  onBeforeUnmount(() => {
    mounted = false
    window.removeEventListener('beforeunload', onBeforeUnload)
  })

  onBeforeRouteLeave(async () => {
    if (!options.dirty()) return true
    try {
      await ElMessageBox.confirm(t(keeps ? 'unsaved.leaveKeeps' : 'unsaved.leaveLoses'), t('unsaved.title'), {
        type: 'warning',
        confirmButtonText: t(keeps ? 'unsaved.keepAndLeave' : 'unsaved.stay'),
        cancelButtonText: t('unsaved.discardAndLeave'),
        distinguishCancelAndClose: true,
      })
      // Confirm: keep the draft and leave; without a draft, confirm is "stay".
      if (keeps) keep()
      return keeps
    } catch (action) {
      if (action === 'cancel') {
        forget(key())
        return true
      }
      return false
    }
  })

  return {
    restored,
    /** After a save: the draft is what was saved. */
    saved() {
      forget(key())
      restored.value = null
    },
    /** From the notice: throw the restored draft away; the form resets itself. */
    discard() {
      forget(key())
      restored.value = null
    },
  }
}
