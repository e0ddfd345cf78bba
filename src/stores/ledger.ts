import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { exportPackage, getDb, liveQuery } from '@/db'
import { defaultAsOf, localToday } from '@/domain/as-of'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { useSessionStore } from './session'
import { timed } from './timing'

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

  function follow(unitId: string, year: number) {
    subscription?.unsubscribe()
    if (!unitId) return
    loading.value = true
    asOf.value = defaultAsOf(year, localToday())
    subscription = liveQuery(() => {
      const start = performance.now()
      return exportPackage(getDb(), { unitId, year }).then((value) => {
        performance.measure('ledger:read', { start })
        return value
      })
    }).subscribe({
      next: (value) => {
        pkg.value = value
        loading.value = false
      },
      error: () => {
        loading.value = false
      },
    })
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

  return { pkg, scores, asOf, loading, setAsOf }
})
