import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  AUDITED_TABLES,
  auditLogAll,
  auditLogPage,
  type AuditCursor,
  type AuditLogFilter,
} from '@/db/audit-log'
import { verifyAuditChain, type ChainCheck } from '@/db/audit-chain-check'
import { getDb } from '@/db/database'
import { listProfiles } from '@/db/profiles'
import type { AuditRow, Profile } from '@/db/rows'
import type { AuditLogLine } from '@/excel/audit-log-workbook'

export const AUDIT_PAGE_SIZE = 50
/** The kinds of record to filter by. */
export const AUDIT_KINDS = AUDITED_TABLES

/**
 * The 操作日志 page: the filter, the page shown and the cursors of the pages before it (so 上一页
 * goes back without counting rows), the people to filter by, and the export of every matching row.
 */
export const useAuditLogStore = defineStore('auditLog', () => {
  const filter = ref<AuditLogFilter>({})
  const rows = shallowRef<AuditRow[]>([])
  const next = shallowRef<AuditCursor | null>(null)
  /** The cursor each shown page started from; the last is the current page's. */
  const starts = shallowRef<(AuditCursor | null)[]>([null])
  const people = shallowRef<Profile[]>([])
  const loading = ref(false)

  async function loadPage(start: AuditCursor | null) {
    loading.value = true
    try {
      const page = await auditLogPage(getDb(), filter.value, start, AUDIT_PAGE_SIZE)
      rows.value = page.rows
      next.value = page.next
    } finally {
      loading.value = false
    }
  }

  /** A new filter: back to the newest page. */
  async function apply(f: AuditLogFilter) {
    filter.value = f
    starts.value = [null]
    if (people.value.length === 0) people.value = await listProfiles(getDb(), { includeDeleted: true })
    await loadPage(null)
  }

  async function older() {
    if (!next.value) return
    starts.value = [...starts.value, next.value]
    await loadPage(next.value)
  }

  async function newer() {
    if (starts.value.length <= 1) return
    starts.value = starts.value.slice(0, -1)
    await loadPage(starts.value[starts.value.length - 1] ?? null)
  }

  /** Every row the filter matches as a workbook; `line` gives each the page's wording. */
  async function workbook(line: (row: AuditRow) => AuditLogLine): Promise<{ blob: Blob; count: number }> {
    const all = await auditLogAll(getDb(), filter.value)
    const { auditLogWorkbook } = await import('@/excel/audit-log-workbook')
    const bytes = await auditLogWorkbook(all.map(line))
    return { blob: new Blob([bytes]), count: all.length }
  }

  /** The hash chain's check (null while it runs): intact, or the first entry where it breaks. */
  const chain = shallowRef<ChainCheck | null>(null)
  async function checkChain(): Promise<void> {
    chain.value = null
    chain.value = await verifyAuditChain(getDb())
  }

  return { filter, rows, next, starts, people, loading, apply, older, newer, workbook, chain, checkChain }
})
