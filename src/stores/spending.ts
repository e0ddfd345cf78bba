import { defineStore } from 'pinia'
import { getDb } from '@/db/database'
import type { EvidenceUpload } from '@/db/evidence'
import {
  addSpending,
  deleteSpending,
  restoreSpending,
  type SpendingChanges,
  updateSpending,
} from '@/db/spending'
import { useSessionStore } from './session'
import { timedAsync } from '@/services/timing'

/** Spending (预算执行) actions; the live list itself is in the entry store. */
export const useSpendingStore = defineStore('spending', () => {
  const session = useSessionStore()

  /** Saves a spending entry (万元) with its vouchers in one transaction. */
  async function log(
    entry: { sheetId: string; date: string; amount: string; note?: string; reason?: string },
    files: EvidenceUpload[] = [],
  ) {
    return timedAsync('spending:write', () => addSpending(getDb(), session.profile!, entry, files))
  }

  /** Corrects date, amount or note (audited). */
  async function update(id: string, changes: SpendingChanges) {
    return updateSpending(getDb(), session.profile!, id, changes)
  }

  /** Moves a spending entry to the recycle bin. */
  async function remove(id: string, reason?: string) {
    return deleteSpending(getDb(), session.profile!, id, reason)
  }

  /** Brings a spending entry back from the recycle bin. */
  async function restore(id: string) {
    return restoreSpending(getDb(), session.profile!, id)
  }

  return { log, update, remove, restore }
})
