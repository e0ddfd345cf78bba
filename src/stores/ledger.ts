import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { exportPackage, getDb } from '@/db'
import { defaultAsOf, localToday } from '@/domain/as-of'
import { scorePackage } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { useSessionStore } from './session'

/** The current unit's year as one exchange package, and the engine's reading of it at the as-of date. */
export const useLedgerStore = defineStore('ledger', () => {
  const session = useSessionStore()
  const pkg = shallowRef<LedgerPackage | null>(null)
  const loading = ref(false)
  const asOf = ref(defaultAsOf(session.year, localToday()))

  const scores = computed(() =>
    pkg.value && pkg.value.sheets.length ? scorePackage(pkg.value, asOf.value) : null,
  )

  /** Reloads the package of the selected unit and year from the database. */
  async function load() {
    if (!session.unitId) return
    loading.value = true
    try {
      pkg.value = await exportPackage(getDb(), { unitId: session.unitId, year: session.year })
      asOf.value = defaultAsOf(session.year, localToday())
    } finally {
      loading.value = false
    }
  }

  watch(() => [session.unitId, session.year], load, { immediate: true })

  return { pkg, scores, asOf, loading, load }
})
