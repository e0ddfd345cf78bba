import { onBeforeUnmount, ref } from 'vue'

/** True on a phone-sized screen (the shell's breakpoint), kept up to date on resize and rotation. */
export function useNarrow(query = '(max-width: 720px)') {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null
  const narrow = ref(media?.matches ?? false)
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches)
  media?.addEventListener('change', update)
  onBeforeUnmount(() => media?.removeEventListener('change', update))
  return narrow
}
