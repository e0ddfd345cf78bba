import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { listEntryAudit } from '@/db/audit'
import { getDb } from '@/db/database'
import { listUnitYearEntries, type UnitYearEntries } from '@/db/entry-queries'
import type { EvidenceUpload } from '@/db/evidence'
import { liveQuery } from '@/db/live-query'
import { can } from '@/db/permissions'
import {
  addProgress,
  addProgressBatch,
  deleteProgress,
  type ProgressChanges,
  restoreProgress,
  updateProgress,
} from '@/db/progress'
import { useSessionStore } from './session'

export type { EvidenceUpload } from '@/db/evidence'
export type { AttachmentMetaRow, AuditRow, ProgressRow, SpendingRow } from '@/db/rows'

const EMPTY: UnitYearEntries = { progress: [], spending: [], attachments: [] }
const RECENT_COUNT = 5

/**
 * The current unit-year's entries (live, deleted ones included for the recycle bin) and the
 * metadata of their evidence, plus the progress-entry actions of the 填报 page.
 */
export const useEntryStore = defineStore('entry', () => {
  const session = useSessionStore()
  const data = shallowRef<UnitYearEntries>(EMPTY)
  const loading = ref(false)

  const progress = computed(() => data.value.progress.filter((r) => !r.deletedAt))
  const deletedProgress = computed(() => data.value.progress.filter((r) => r.deletedAt))
  const spending = computed(() => data.value.spending.filter((r) => !r.deletedAt))
  const deletedSpending = computed(() => data.value.spending.filter((r) => r.deletedAt))
  const attachments = computed(() => data.value.attachments)

  /** Owner id → number of live evidence files. */
  const evidenceCount = computed(() => {
    const counts = new Map<string, number>()
    for (const a of data.value.attachments) counts.set(a.ownerId, (counts.get(a.ownerId) ?? 0) + 1)
    return counts
  })

  /** Indicators the current profile logged last, most recent first. */
  const recentIndicatorIds = computed(() => {
    const mine = progress.value
      .filter((r) => r.updatedBy === session.profile?.id)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    return [...new Set(mine.map((r) => r.indicatorId))].slice(0, RECENT_COUNT)
  })

  /** Everyone who appears as 填报人, for the history filter. */
  const people = computed(() =>
    [...new Set(data.value.progress.map((r) => r.by).filter((b): b is string => !!b))].sort(),
  )

  const canLog = computed(() => !!session.profile && can(session.profile.role, 'progress.write'))

  let subscription: { unsubscribe(): void } | null = null
  function follow(unitId: string, year: number) {
    subscription?.unsubscribe()
    data.value = EMPTY
    if (!unitId) return
    loading.value = true
    subscription = liveQuery(() => listUnitYearEntries(getDb(), unitId, year)).subscribe({
      next: (value) => {
        data.value = value
        loading.value = false
      },
      error: () => {
        loading.value = false
      },
    })
  }
  watch(
    () => [session.unitId, session.year] as const,
    ([unitId, year]) => follow(unitId, year),
    { immediate: true },
  )
  onScopeDispose(() => subscription?.unsubscribe())

  /** Saves one entry with its evidence files in one transaction; the current profile is 填报人. */
  async function log(
    entry: { indicatorId: string; date: string; value: string; note?: string },
    files: EvidenceUpload[] = [],
  ) {
    const actor = session.profile!
    return addProgress(getDb(), actor, { ...entry, by: actor.name }, files)
  }

  /** Saves pasted rows all together, or none of them. */
  async function logBatch(entries: { indicatorId: string; date: string; value: string; note?: string }[]) {
    const actor = session.profile!
    return addProgressBatch(
      getDb(),
      actor,
      entries.map((e) => ({ ...e, by: actor.name })),
    )
  }

  /** Corrects date, value or note of an entry (audited with before and after). */
  async function update(id: string, changes: ProgressChanges) {
    return updateProgress(getDb(), session.profile!, id, changes)
  }

  /** Moves an entry to the recycle bin. */
  async function remove(id: string, reason?: string) {
    return deleteProgress(getDb(), session.profile!, id, reason)
  }

  /** Brings an entry back from the recycle bin. */
  async function restore(id: string) {
    return restoreProgress(getDb(), session.profile!, id)
  }

  /** The audit history of an entry and its files, newest first. */
  async function auditOf(table: 'progress' | 'spending', id: string) {
    return listEntryAudit(getDb(), table, id)
  }

  return {
    loading,
    progress,
    deletedProgress,
    spending,
    deletedSpending,
    attachments,
    evidenceCount,
    recentIndicatorIds,
    people,
    canLog,
    log,
    logBatch,
    update,
    remove,
    restore,
    auditOf,
  }
})
