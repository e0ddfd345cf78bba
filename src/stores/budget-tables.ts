import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { getBudgetDisclosure, saveBudgetDisclosure, type BudgetDisclosureText } from '@/db/budget-disclosures'
import { getDb } from '@/db/database'
import { can } from '@/db/permissions'
import { checkBudgetTables, readBudgetTables } from '@/domain/budget-tables'
import { useLedgerStore } from './ledger'
import { useSessionStore } from './session'

/** The current unit-year's 部门预算公开 text, its tables 表1–表11 and their arithmetic checks. */
export const useBudgetTablesStore = defineStore('budgetTables', () => {
  const session = useSessionStore()
  const ledger = useLedgerStore()
  const doc = shallowRef<BudgetDisclosureText | null>(null)
  const loading = shallowRef(false)
  const canEdit = computed(() => !!session.profile && can(session.profile.role, 'target.edit'))

  const tables = computed(() => (doc.value ? readBudgetTables(doc.value.text) : null))
  /** Checked against the unit-year's target sheets too (their budgets against 表1 and 表7). */
  const findings = computed(() => {
    if (!tables.value) return []
    const sheets = (ledger.pkg?.sheets ?? []).filter(
      (s) => s.unitId === session.unitId && s.year === session.year,
    )
    return checkBudgetTables(tables.value, sheets)
  })

  async function load() {
    loading.value = true
    try {
      doc.value = (await getBudgetDisclosure(getDb(), session.unitId, session.year)) ?? null
    } finally {
      loading.value = false
    }
  }

  /** Keeps a pasted or opened text as the unit-year's disclosure. */
  async function save(text: string, source: string) {
    const next = { unitId: session.unitId, year: session.year, source, text }
    await saveBudgetDisclosure(getDb(), session.profile!, next)
    doc.value = next
  }

  return { doc, loading, canEdit, tables, findings, load, save }
})
