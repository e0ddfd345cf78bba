import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue'

/**
 * How many of a list's items fit inside its box without scrolling: a wall display cannot be
 * scrolled, so items that would fall below the edge are left out (and counted) instead.
 * The list is measured with every candidate shown, then cut; again when the window or the items change.
 */
export function useFittingCount(list: Ref<HTMLElement | null>, total: WatchSource<number>) {
  const shown = ref(Number.POSITIVE_INFINITY)

  async function measure() {
    shown.value = Number.POSITIVE_INFINITY
    await nextTick()
    const box = list.value
    if (!box) return
    const bottom = box.getBoundingClientRect().bottom
    const items = Array.from(box.children) as HTMLElement[]
    const fit = items.findIndex((item) => item.getBoundingClientRect().bottom > bottom + 0.5)
    shown.value = fit === -1 ? items.length : fit
  }

  onMounted(() => {
    void measure()
    window.addEventListener('resize', measure)
  })
  onBeforeUnmount(() => window.removeEventListener('resize', measure))
  watch(total, () => void measure())
  return shown
}
