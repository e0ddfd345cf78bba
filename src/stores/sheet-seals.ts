import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { getDb } from '@/db/database'
import { checkSheetSeal, type SealReport } from '@/db/seal'
import { useLedgerStore } from './ledger'

/**
 * The seal checks of the sheets on screen (db/seal.ts), one report per sheet id, shared by every
 * component that shows the sheet. A check reads the ledger's package when the sheet is in it.
 */
export const useSheetSealsStore = defineStore('sheetSeals', () => {
  const ledger = useLedgerStore()
  const reports = shallowRef<Record<string, SealReport>>({})
  /** The newest check per sheet: an older one finishing later does not overwrite it. */
  const latest = new Map<string, number>()

  async function check(sheetId: string): Promise<void> {
    const token = (latest.get(sheetId) ?? 0) + 1
    latest.set(sheetId, token)
    const report = await checkSheetSeal(getDb(), sheetId, ledger.pkg ?? undefined)
    if (latest.get(sheetId) === token) reports.value = { ...reports.value, [sheetId]: report }
  }

  return { reports, check }
})
