import { defineStore } from 'pinia'
import { getDb } from '@/db/database'
import { importWorkbookFile, storedWorkbookKeys } from '@/db/workbook-entries'
import type { GoodEntry } from '@/domain/entry/workbook-entries'
import type { GoodSpending } from '@/domain/entry/workbook-spending'
import type { FailedRow } from '@/excel/entries-workbook'
import { useSessionStore } from './session'

/** The 进度填报 workbook of the 填报 page: its template, its reading, its import (ExcelJS on demand). */
export const useWorkbookEntriesStore = defineStore('workbook-entries', () => {
  const session = useSessionStore()
  const excel = () => import('@/excel/entries-workbook')

  async function template(indicatorLabels: readonly string[], sheetNames: readonly string[]) {
    return (await excel()).entriesTemplate(indicatorLabels, sheetNames)
  }

  async function read(bytes: ArrayBuffer) {
    return (await excel()).readEntriesFile(bytes)
  }

  async function failedWorkbook(
    indicatorLabels: readonly string[],
    sheetNames: readonly string[],
    failed: { entries: readonly FailedRow[]; spending: readonly FailedRow[] },
  ) {
    return (await excel()).failedRowsWorkbook(indicatorLabels, failed.entries, failed.spending, sheetNames)
  }

  /** Which of the rows' keys are already stored: imported before. */
  async function storedKeys(ids: { entries: readonly string[]; spending: readonly string[] }) {
    return storedWorkbookKeys(getDb(), ids)
  }

  /** The rows in one transaction, audited; rows imported before are skipped. */
  async function importRows(rows: { entries: readonly GoodEntry[]; spending: readonly GoodSpending[] }) {
    const actor = session.profile!
    // 填报人 left empty is the person importing, as in the quick entry form.
    const entries = rows.entries.map((e) => (e.by ? e : { ...e, by: actor.name }))
    return importWorkbookFile(getDb(), actor, { entries, spending: rows.spending })
  }

  return { template, read, failedWorkbook, storedKeys, importRows }
})
