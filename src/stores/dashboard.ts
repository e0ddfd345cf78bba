import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getAttachmentBlob, getDb, listAttachments, liveQuery, yearPackage } from '@/db'
import {
  attentionList,
  budgetSeries,
  comparisonRows,
  completionRows,
  indicatorSeries,
  parentUnits,
  staleIndicators,
} from '@/domain/dashboard'
import { scorePackage, sheetDataIndex } from '@/domain/scoring'
import type { LedgerPackage } from '@/domain/types'
import { useLedgerStore } from './ledger'
import { useSessionStore } from './session'
import { timed } from './timing'

export interface Evidence {
  id: string
  ownerId: string
  name: string
  type: string
  blob: Blob
}

/** What the overview and the big screen show, derived from the live ledger at its as-of date. */
export const useDashboardStore = defineStore('dashboard', () => {
  const ledger = useLedgerStore()
  const session = useSessionStore()
  const staleDays = ref(30)

  const index = computed(() => (ledger.pkg ? sheetDataIndex(ledger.pkg) : null))

  const sheets = computed(() => {
    const pkg = ledger.pkg
    const scores = ledger.scores
    if (!pkg || !scores || !index.value) return []
    return pkg.sheets.map((sheet, i) => {
      const score = scores.sheets[i]!
      const data = index.value!.get(sheet.id)
      return {
        sheet,
        score,
        budget: budgetSeries(sheet, data?.spending ?? [], ledger.asOf),
        completion: completionRows(sheet.indicators, score.indicators),
      }
    })
  })

  const attention = computed(() =>
    ledger.scores && ledger.pkg ? attentionList(ledger.scores.sheets, ledger.pkg.deviations) : [],
  )
  const stale = computed(() => (ledger.pkg ? staleIndicators(ledger.pkg, ledger.asOf, staleDays.value) : []))

  /** One indicator's figures, entries and month-by-month line; null when it is not in the current package. */
  function detailOf(indicatorId: string) {
    for (const { sheet, score } of sheets.value) {
      const indicator = sheet.indicators.find((i) => i.id === indicatorId)
      if (!indicator) continue
      const entries = index.value?.get(sheet.id)?.progress.get(indicatorId) ?? []
      return {
        sheet,
        indicator,
        score: score.indicators.find((i) => i.id === indicatorId)!,
        entries,
        series: indicatorSeries(sheet, indicator, entries, ledger.asOf),
      }
    }
    return null
  }

  /** Loads the evidence files attached to the given entries (the caller makes and revokes object URLs). */
  async function loadEvidence(entryIds: readonly string[]): Promise<Evidence[]> {
    const db = getDb()
    const found: Evidence[] = []
    for (const ownerId of entryIds) {
      for (const meta of await listAttachments(db, { ownerKind: 'progress', ownerId })) {
        const blob = await getAttachmentBlob(db, meta.id)
        if (blob) found.push({ id: meta.id, ownerId, name: meta.name, type: meta.type, blob })
      }
    }
    return found
  }

  /** Sets how many days without an entry make an indicator "not recorded lately". */
  function setStaleDays(days: number) {
    staleDays.value = days
  }

  // Several units: every unit's sheets of the year, followed only while a comparison is on screen.
  const allUnits = shallowRef<LedgerPackage | null>(null)
  const comparisonParent = ref('')
  let comparisonSubscription: { unsubscribe(): void } | null = null

  const comparisonScores = computed(() =>
    allUnits.value && allUnits.value.sheets.length
      ? timed('comparison:score', () => scorePackage(allUnits.value!, ledger.asOf))
      : null,
  )
  const comparison = computed(() =>
    allUnits.value && comparisonScores.value
      ? comparisonRows(
          allUnits.value.units,
          allUnits.value.sheets,
          comparisonScores.value.sheets,
          comparisonParent.value || undefined,
        )
      : [],
  )
  const comparisonParents = computed(() => parentUnits(allUnits.value?.units ?? []))
  const hasSeveralUnits = computed(() => session.units.length > 1)

  /** Starts following all units of the current year (the comparison panel calls this when shown). */
  function followComparison() {
    comparisonSubscription?.unsubscribe()
    const year = session.year
    comparisonSubscription = liveQuery(() => {
      const start = performance.now()
      return yearPackage(getDb(), year).then((value) => {
        performance.measure('comparison:read', { start })
        return value
      })
    }).subscribe({
      next: (value) => {
        allUnits.value = value
      },
    })
  }

  /** Stops following all units (the comparison panel left the screen). */
  function stopComparison() {
    comparisonSubscription?.unsubscribe()
    comparisonSubscription = null
  }

  /** Restricts the comparison to a parent unit and its descendants; '' for all units. */
  function setComparisonParent(id: string) {
    comparisonParent.value = id
  }

  return {
    staleDays,
    sheets,
    attention,
    stale,
    comparison,
    comparisonParent,
    comparisonParents,
    hasSeveralUnits,
    detailOf,
    loadEvidence,
    setStaleDays,
    followComparison,
    stopComparison,
    setComparisonParent,
  }
})
