import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { getDb } from '@/db/database'
import { liveQuery } from '@/db/live-query'
import { unitYearPackage } from '@/db/unit-year-package'
import { defaultAsOf, localToday } from '@/domain/as-of'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { useSessionStore } from './session'
import { timed } from '@/services/timing'

/**
 * The current unit's year as one exchange package, kept live: any write to the database (from this
 * tab or another) re-reads it, and the engine's reading of it at the as-of date follows.
 */
export const useLedgerStore = defineStore('ledger', () => {
  const session = useSessionStore()
  const pkg = shallowRef<LedgerPackage | null>(null)
  const loading = ref(false)
  const asOf = ref(defaultAsOf(session.year, localToday()))

  const scores = computed(() =>
    pkg.value && pkg.value.sheets.length
      ? timed('ledger:score', () => scorePackage(pkg.value!, asOf.value))
      : null,
  )

  let subscription: { unsubscribe(): void } | null = null
  let followed = ''
  let firstRead: Promise<void> = Promise.resolve()

  function follow(unitId: string, year: number) {
    const key = `${unitId}\u0000${year}`
    if (key === followed) return
    followed = key
    subscription?.unsubscribe()
    subscription = null
    if (!unitId) {
      firstRead = Promise.resolve()
      return
    }
    loading.value = true
    asOf.value = defaultAsOf(year, localToday())
    let settle!: () => void
    firstRead = new Promise((resolve) => (settle = resolve))
    // An async querier: Dexie then keeps its liveQuery context across the awaits inside the read,
    // which it needs to note what was read (and to answer from its cache).
    subscription = liveQuery(async () => {
      // From the start of the read itself: the database is open by now (session.start), and that
      // wait is measured on its own (db:open).
      const start = performance.now()
      const value = await unitYearPackage(getDb(), unitId, year)
      performance.measure('ledger:read', { start })
      return value
    }).subscribe({
      next: (value) => {
        pkg.value = value
        // Scored now, in the task that brought the rows, rather than halfway through a render.
        void scores.value
        loading.value = false
        settle()
      },
      error: () => {
        loading.value = false
        settle()
      },
    })
  }

  /** Resolves once the current unit-year has been read (or could not be): session.start waits for it. */
  function loaded(): Promise<void> {
    follow(session.unitId, session.year)
    return firstRead
  }

  /** Sets the date the figures are read at (YYYY-MM-DD). */
  function setAsOf(date: string) {
    asOf.value = date
  }

  watch(
    () => [session.unitId, session.year] as const,
    ([unitId, year]) => follow(unitId, year),
    {
      immediate: true,
    },
  )
  onScopeDispose(() => subscription?.unsubscribe())

  return { pkg, scores, asOf, loading, setAsOf, loaded }
})
