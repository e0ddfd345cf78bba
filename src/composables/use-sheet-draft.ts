import { ElMessage } from 'element-plus'
import { computed, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { changedFields, fieldErrors, fieldsOf, type SheetFieldsDraft } from '@/domain/sheet-editing/sheet-fields'
import { checkSheet, indicatorWrites } from '@/domain/sheet-editing'
import type { Indicator, Sheet } from '@/domain/types'
import { useTargetsStore, type AuditRow, type SheetWithIndicators } from '@/stores/targets'
import { useErrorText } from './use-error-text'

/**
 * The 绩效目标表 editor's draft of one sheet: the saved sheet, the header fields and indicators as
 * edited, the live checks on the draft, what a save would write, and save / discard. Reloads when
 * `sheetId()` changes and after a save.
 */
export function useSheetDraft(sheetId: () => string) {
  const { t } = useI18n()
  const errorText = useErrorText()
  const targets = useTargetsStore()

  const saved = shallowRef<Sheet | null>(null)
  const fields = ref<SheetFieldsDraft | null>(null)
  const indicators = ref<Indicator[]>([])
  const history = ref<AuditRow[]>([])
  const status = ref<'loading' | 'ready' | 'missing'>('loading')
  const saving = ref(false)

  /** The domain sheet of a stored row: database bookkeeping dropped. */
  function asSheet({
    createdAt: _c,
    updatedAt: _u,
    updatedBy: _b,
    deletedAt: _d,
    indicators: rows,
    ...sheet
  }: SheetWithIndicators): Sheet {
    return {
      ...sheet,
      indicators: rows.map(
        ({
          createdAt: _1,
          updatedAt: _2,
          updatedBy: _3,
          deletedAt: _4,
          sheetId: _5,
          unitId: _6,
          order: _7,
          ...ind
        }) => ind,
      ),
    }
  }

  async function load() {
    status.value = 'loading'
    const row = await targets.loadSheet(sheetId())
    if (!row) {
      status.value = 'missing'
      return
    }
    const sheet = asSheet(row)
    saved.value = sheet
    fields.value = fieldsOf(sheet)
    indicators.value = structuredClone(sheet.indicators)
    history.value = await targets.history(sheetId())
    status.value = 'ready'
  }
  watch(sheetId, load, { immediate: true })

  const draft = computed<Sheet | null>(() =>
    fields.value ? { ...fields.value, indicators: indicators.value } : null,
  )
  const checks = computed(() => (draft.value ? checkSheet(draft.value) : null))
  const flaggedRows = computed(
    () => new Set(checks.value?.checks.flatMap((c) => (c.indicator === undefined ? [] : [c.indicator]))),
  )
  const flaggedGoals = computed(
    () => new Set(checks.value?.checks.flatMap((c) => (c.goal === undefined ? [] : [c.goal]))),
  )
  const edits = computed(() => {
    if (!saved.value || !fields.value) return null
    return {
      sheet: changedFields(fieldsOf(saved.value), fields.value),
      ...indicatorWrites(saved.value.indicators, indicators.value),
    }
  })
  const dirty = computed(() => {
    const e = edits.value
    return (
      !!e && (Object.keys(e.sheet).length > 0 || e.added.length + e.changed.length + e.removed.length > 0)
    )
  })
  const blocked = computed(
    () =>
      !fields.value ||
      fieldErrors(fields.value).size > 0 ||
      indicators.value.some((i) => i.name.trim() === ''),
  )

  async function save() {
    if (!edits.value || blocked.value) return
    saving.value = true
    try {
      await targets.saveEdits(sheetId(), edits.value)
      ElMessage.success(t('sheetEditor.saved'))
      await load()
    } catch (e) {
      ElMessage.error({ message: errorText(e), duration: 8000 })
    } finally {
      saving.value = false
    }
  }

  function discard() {
    if (saved.value) {
      fields.value = fieldsOf(saved.value)
      indicators.value = structuredClone(saved.value.indicators)
    }
  }

  return {
    saved,
    fields,
    indicators,
    history,
    status,
    saving,
    draft,
    checks,
    flaggedRows,
    flaggedGoals,
    dirty,
    blocked,
    save,
    discard,
  }
}
