import { defineStore } from 'pinia'
import { computed } from 'vue'
import { getDb } from '@/db/database'
import { can } from '@/db/permissions'
import { applyRollover, previewRollover } from '@/db/rollover'
import { createSheets } from '@/db/sheet-batch'
import { saveSheetEdits, type SheetEdits } from '@/db/sheet-edits'
import { listSheetHistory } from '@/db/sheet-history'
import { createSheet, deleteSheet, getSheet, listSheets, type NewSheet, restoreSheet } from '@/db/sheets'
import type { RolloverPlan } from '@/domain/sheet-editing'
import type { Sheet, SheetKind } from '@/domain/types'
import { useSessionStore } from './session'

export type { AuditRow } from '@/db/rows'
export type { SheetWithIndicators } from '@/db/sheets'

/** A plain copy: IndexedDB cannot store the reactive proxies the editors hand over. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** A parsed or imported sheet as a new one of the current unit: fresh ids, no status. */
function asNewSheet({ id: _id, status: _status, indicators, ...rest }: Sheet, unitId: string): NewSheet {
  return { ...rest, unitId, indicators: indicators.map(({ id: _i, ...ind }) => ind) }
}

/** Creating, editing, deleting and rolling over target sheets of the current unit (管理员 only). */
export const useTargetsStore = defineStore('targets', () => {
  const session = useSessionStore()
  const canEdit = computed(() => !!session.profile && can(session.profile.role, 'target.edit'))
  const actor = () => session.profile!

  /** One sheet with its indicators; undefined when it does not exist or was deleted. */
  function loadSheet(id: string) {
    return getSheet(getDb(), id)
  }

  /** A new, empty sheet of the current unit and year; returns its id. */
  async function createBlank(kind: SheetKind, name: string): Promise<string> {
    const sheet = await createSheet(getDb(), actor(), {
      unitId: session.unitId,
      year: session.year,
      kind,
      name,
      goals: [],
      budget: { initial: '0.00', adjusted: '0.00' },
      funds: { fiscal: '0.00', other: '0.00' },
      scoring: {},
      indicators: [],
    })
    return sheet.id
  }

  /** Saves the editor's changes to one sheet, all or nothing. */
  function saveEdits(sheetId: string, edits: SheetEdits) {
    return saveSheetEdits(getDb(), actor(), sheetId, plain(edits))
  }

  /** Saves parsed or imported sheets as new sheets of the current unit, all or nothing. */
  async function saveNew(sheets: readonly Sheet[]) {
    const saved = await createSheets(
      getDb(),
      actor(),
      plain(sheets).map((s) => asNewSheet(s, session.unitId)),
    )
    await session.setUnit(session.unitId) // the list of years may have grown
    return saved
  }

  /** Soft-deletes a sheet (audited; restorable). */
  function remove(sheetId: string, reason?: string) {
    return deleteSheet(getDb(), actor(), sheetId, reason)
  }

  /** Brings a deleted sheet back. */
  function restore(sheetId: string) {
    return restoreSheet(getDb(), actor(), sheetId)
  }

  /** The sheet's change history, newest first. */
  function history(sheetId: string) {
    return listSheetHistory(getDb(), sheetId)
  }

  /** Sheets of the current unit in another year (the rollover's target year). */
  function sheetsOfYear(year: number) {
    return listSheets(getDb(), { unitId: session.unitId, year })
  }

  /** What copying `fromYear` to the next year would create; writes nothing. */
  function planRollover(fromYear: number) {
    return previewRollover(getDb(), { unitId: session.unitId, fromYear })
  }

  /** Creates the planned sheets and switches to their year. */
  async function rollover(plan: RolloverPlan) {
    const created = await applyRollover(getDb(), actor(), plain(plan))
    await session.setUnit(session.unitId)
    await session.setYear(plan.toYear)
    return created
  }

  return {
    canEdit,
    loadSheet,
    createBlank,
    saveEdits,
    saveNew,
    remove,
    restore,
    history,
    sheetsOfYear,
    planRollover,
    rollover,
  }
})
