import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { getAttachmentBlob, listAttachments } from '@/db/attachments'
import { getDb } from '@/db/database'
import {
  attentionList,
  budgetSeries,
  completionRows,
  indicatorSeries,
  parentUnits,
  scoreOutlook,
  staleIndicators,
  unitsUnder,
} from '@/domain/dashboard'
import { resolveProfile, sheetDataIndex } from '@/domain/scoring'
import type { ComparisonMessage, ComparisonReply, ComparisonRequest } from '@/workers/comparison-follower'
import { useLedgerStore } from './ledger'
import { useSessionStore } from './session'

export interface Evidence {
  id: string
  ownerId: string
  name: string
  type: string
  blob: Blob
}

/**
 * The worker's read and scoring as measures on the page's timeline (comparison:read,
 * comparison:score; comparison:boot from starting the worker to its read, which waits for the unit’s own rows).
 */
function recordTiming({ origin, read, score }: ComparisonReply['timing'], started: number | null) {
  // eslint-disable-next-line compat/compat -- only called where performance.timeOrigin exists (above)
  const shift = origin - performance.timeOrigin
  const measure = (name: string, span: { start: number; end: number }) =>
    performance.measure(name, { start: span.start + shift, end: span.end + shift })
  if (read && started !== null)
    performance.measure('comparison:boot', { start: started, end: read.start + shift })
  if (read) measure('comparison:read', read)
  measure('comparison:score', score)
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

  /** Each sheet's score and projection with its pending judgements, by sheet id (the cards). */
  const outlooks = computed(() => {
    const pkg = ledger.pkg
    const scores = ledger.scores
    if (!pkg || !scores) return new Map<string, ReturnType<typeof scoreOutlook>>()
    return new Map(
      pkg.sheets.map((sheet, i) => [
        sheet.id,
        scoreOutlook(scores.sheets[i]!, resolveProfile(sheet.scoring)),
      ]),
    )
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
        asOf: ledger.asOf,
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

  // Several units: every unit's sheets of the year, read and scored in a worker (some 100,000 rows;
  // comparison.worker.ts), followed only while a comparison is on screen. Only its rows come back.
  const comparisonReply = shallowRef<ComparisonReply | null>(null)
  const comparisonParent = ref('')
  let worker: Worker | null = null
  let stopWatching: (() => void) | null = null

  const comparison = computed(() => {
    const reply = comparisonReply.value
    if (!reply) return []
    if (!comparisonParent.value) return reply.rows
    const keep = unitsUnder(reply.units, comparisonParent.value)
    return reply.rows.filter((r) => keep.has(r.unitId))
  })
  const comparisonUnits = computed(() => comparisonReply.value?.units ?? [])
  const comparisonParents = computed(() => parentUnits(comparisonUnits.value))
  const hasSeveralUnits = computed(() => session.units.length > 1)

  /** The comparison's worker, started on first use: it loads its code and opens the database. */
  function comparisonWorker(): Worker {
    if (worker) return worker
    let started: number | null = performance.now()
    const created = new Worker(new URL('../workers/comparison.worker.ts', import.meta.url), {
      type: 'module',
    })
    created.addEventListener('message', (event: MessageEvent<ComparisonMessage>) => {
      const message = event.data
      if (!message.ok) return console.error('comparison:', message.message)
      const { reply } = message
      if (reply.year !== session.year || reply.asOf !== ledger.asOf) return
      // Safari 14 has no performance.timeOrigin: the measures (diagnostics only) are skipped there.
      if (performance.timeOrigin && reply.timing.origin) recordTiming(reply.timing, started)
      started = null
      performance.mark('comparison:reply')
      comparisonReply.value = reply
    })
    created.addEventListener('error', (event) => console.error('comparison worker:', event.message))
    worker = created
    return created
  }

  /** Starts the comparison's worker ahead of time (its code, the database connection), reading nothing yet. */
  function warmComparison() {
    comparisonWorker()
  }

  /** Starts following all units of the current year at the overview's as-of date (the comparison panel calls this). */
  function followComparison() {
    if (stopWatching) return
    const target = comparisonWorker()
    // Its big read waits until the unit's own rows are read: both go through the same IndexedDB queue.
    let asked = ''
    stopWatching = watch(
      () => [session.year, ledger.asOf, ledger.loading] as const,
      ([year, asOf, loading]) => {
        if (loading || asked === `${year} ${asOf}`) return
        asked = `${year} ${asOf}`
        if (comparisonReply.value && comparisonReply.value.year !== year) comparisonReply.value = null
        target.postMessage({ year, asOf } satisfies ComparisonRequest)
      },
      { immediate: true },
    )
  }

  /** Stops following all units and ends the worker (the comparison panel left the screen). */
  function stopComparison() {
    stopWatching?.()
    stopWatching = null
    worker?.terminate()
    worker = null
    comparisonReply.value = null
  }

  /** Restricts the comparison to a parent unit and its descendants; '' for all units. */
  function setComparisonParent(id: string) {
    comparisonParent.value = id
  }

  return {
    staleDays,
    sheets,
    outlooks,
    attention,
    stale,
    comparison,
    comparisonParent,
    comparisonParents,
    comparisonUnits,
    hasSeveralUnits,
    detailOf,
    loadEvidence,
    setStaleDays,
    warmComparison,
    followComparison,
    stopComparison,
    setComparisonParent,
  }
})
