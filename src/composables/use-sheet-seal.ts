import { computed, watch } from 'vue'
import { useLedgerStore } from '@/stores/ledger'
import { useSheetSealsStore } from '@/stores/sheet-seals'

/**
 * Whether a locked sheet still holds what its lock sealed. Checked when the sheet is shown and each
 * time the ledger's data changes (a write lands), never per keystroke: the check hashes the sheet's rows.
 */
export function useSheetSeal(sheetId: () => string | null | undefined) {
  const seals = useSheetSealsStore()
  const ledger = useLedgerStore()
  watch(
    () => [sheetId(), ledger.pkg] as const,
    ([id]) => {
      if (id) void seals.check(id).catch(() => undefined)
    },
    { immediate: true },
  )
  const report = computed(() => {
    const id = sheetId()
    return id ? seals.reports[id] : undefined
  })
  const broken = computed(() => report.value?.state === 'broken')
  return { report, broken }
}
