import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { saveDeviation as saveDeviationRow } from '@/db/assessments'
import { getDb } from '@/db/database'
import { can } from '@/db/permissions'
import { monitorAsOf, monitorForm, monthReached } from '@/domain/monitoring'
import { scorePackage } from '@/domain/scoring'
import type { Deviation } from '@/domain/types'
import { useLedgerStore } from './ledger'
import { useSessionStore } from './session'

/** 绩效监控表: the current unit-year read at the end of a chosen month, and what people record on it. */
export const useMonitorStore = defineStore('monitor', () => {
  const ledger = useLedgerStore()
  const session = useSessionStore()
  const month = ref(1)

  const asOf = computed(() => monitorAsOf(session.year, month.value))
  const scores = computed(() =>
    ledger.pkg && ledger.pkg.sheets.length ? scorePackage(ledger.pkg, asOf.value) : null,
  )
  const forms = computed(() => {
    const pkg = ledger.pkg
    if (!pkg || !scores.value) return []
    return pkg.sheets.map((sheet, i) =>
      monitorForm(sheet, scores.value!.sheets[i]!, pkg.deviations, month.value),
    )
  })
  const canEdit = computed(() => !!session.profile && can(session.profile.role, 'assessment.self'))

  // The month follows the overview's as-of date until someone picks one here.
  watch(
    () => [ledger.asOf, session.year] as const,
    ([date, year]) => {
      month.value = Math.max(1, monthReached(date, year))
    },
    { immediate: true },
  )

  /** Picks the last month the form covers (1–12). */
  function setMonth(value: number) {
    month.value = value
  }

  /** Records 偏差原因 and 完成目标可能性 for an indicator (entry staff and administrators; the db checks). */
  async function saveDeviation(deviation: Deviation) {
    await saveDeviationRow(getDb(), session.profile!, deviation)
  }

  /** The forms as an .xlsx file in the official layout (ExcelJS is loaded only now). */
  async function exportWorkbook(): Promise<Blob> {
    const { monitorWorkbook } = await import('@/excel/monitor-workbook')
    const lockedSheetIds = new Set(
      (ledger.pkg?.sheets ?? []).filter((s) => s.status === 'locked').map((s) => s.id),
    )
    const data = await monitorWorkbook({
      unitName: session.unit?.name ?? '',
      forms: forms.value,
      lockedSheetIds,
    })
    return new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
  }

  return { month, asOf, forms, canEdit, setMonth, saveDeviation, exportWorkbook }
})
