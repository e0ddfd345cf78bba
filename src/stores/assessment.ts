import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import {
  listSheetAttachments,
  listStatusHistory,
  lockSheet,
  returnSheet,
  saveGoalOutcomes,
  type StatusChange,
  submitSheet,
  unlockSheet,
  withdrawSheet,
} from '@/db/assessment-workflow'
import { changesSinceSubmission, type SubmissionChange } from '@/db/submission-changes'
import {
  clearAssessment,
  saveDeviation,
  saveJudgement,
  saveOverride,
  setNotApplicable,
} from '@/db/assessments'
import { getDb } from '@/db/database'
import { liveQuery } from '@/db/live-query'
import { type Action, can } from '@/db/permissions'
import type { AttachmentMetaRow } from '@/db/rows'
import {
  assessmentForm,
  readiness,
  reviewCommentOf,
  yearEndScore,
  type AssessmentForm,
} from '@/domain/assessment'
import type { Deviation, Judgement, Override } from '@/domain/types'
import { useLedgerStore } from './ledger'
import { useSessionStore } from './session'

/**
 * The self-assessment of one sheet of the current unit-year: its form (every figure from the engine
 * at year end), what still blocks the submit, its review history; and the writes a person makes.
 */
export const useAssessmentStore = defineStore('assessment', () => {
  const session = useSessionStore()
  const ledger = useLedgerStore()
  const sheetId = ref('')
  const attachments = shallowRef<AttachmentMetaRow[]>([])
  const history = shallowRef<StatusChange[]>([])
  /** After a send-back and a new submission: what the owner changed in between (for the reviewer). */
  const changes = shallowRef<SubmissionChange[]>([])

  const sheet = computed(() => ledger.pkg?.sheets.find((s) => s.id === sheetId.value) ?? null)

  const score = computed(() => (ledger.pkg && sheet.value ? yearEndScore(ledger.pkg, sheet.value.id) : null))

  // The same assembly the db's submit gate runs (sheetReadiness), so the list of what is missing agrees.
  const form = computed<AssessmentForm | null>(() => {
    const pkg = ledger.pkg
    if (!pkg || !sheet.value || !score.value) return null
    return assessmentForm(pkg, sheet.value.id, {
      attachedOwners: new Set(attachments.value.map((a) => a.ownerId)),
      fallbackUnitName: session.unit?.name,
      score: score.value,
    })
  })

  const items = computed(() => (form.value ? readiness(form.value) : []))

  /** Every sheet of the unit-year with its status and year-end total, for the list page. */
  const summaries = computed(() => {
    const pkg = ledger.pkg
    if (!pkg) return []
    return pkg.sheets.map((s) => {
      const sc = yearEndScore(pkg, s.id)!
      return {
        id: s.id,
        kind: s.kind,
        name: s.name,
        status: s.status ?? 'draft',
        total: sc.total,
        grade: sc.grade,
      }
    })
  })

  /** Whether the current profile's role may do this (the db checks again on every write). */
  function allowed(action: Action): boolean {
    return session.profile ? can(session.profile.role, action) : false
  }
  const reviewComment = computed(() => (sheet.value ? reviewCommentOf(sheet.value) : null))

  let subscriptions: { unsubscribe(): void }[] = []
  function follow(id: string) {
    subscriptions.forEach((s) => s.unsubscribe())
    subscriptions = []
    attachments.value = []
    history.value = []
    changes.value = []
    if (!id) return
    subscriptions.push(
      liveQuery(() => listSheetAttachments(getDb(), id)).subscribe({ next: (v) => (attachments.value = v) }),
      liveQuery(() => listStatusHistory(getDb(), id)).subscribe({ next: (v) => (history.value = v) }),
      liveQuery(() => changesSinceSubmission(getDb(), id)).subscribe({ next: (v) => (changes.value = v) }),
    )
  }
  watch(sheetId, follow)
  onScopeDispose(() => subscriptions.forEach((s) => s.unsubscribe()))

  function actor() {
    const profile = session.profile
    if (!profile) throw new Error('no current profile')
    return profile
  }

  /** Shows the sheet with this id (of the current unit and year). */
  function open(id: string) {
    sheetId.value = id
  }

  /** Saves the tier and score of a 定性 indicator (the db refuses a score outside the tier's band). */
  const judge = (j: Judgement) => saveJudgement(getDb(), actor(), j)
  /** Takes a judgement back. */
  const clearJudgement = (indicatorId: string) => clearAssessment(getDb(), actor(), indicatorId, 'judgement')
  /** A reviewer's score in place of the computed one, with its reason. */
  const override = (o: Override) => saveOverride(getDb(), actor(), o)
  /** Removes an override: the computed score counts again. */
  const clearOverride = (indicatorId: string, reason?: string) =>
    clearAssessment(getDb(), actor(), indicatorId, 'override', reason)
  /** Marks an indicator not applicable; the engine rescales the rest. */
  const markNotApplicable = (indicatorId: string, reason: string) =>
    setNotApplicable(getDb(), actor(), { indicatorId, reason })
  /** Counts the indicator again. */
  const clearNotApplicable = (indicatorId: string) =>
    clearAssessment(getDb(), actor(), indicatorId, 'notApplicable')
  /** Saves the deviation reason and remedy (偏差原因分析及改进措施). */
  const explain = (d: Deviation) => saveDeviation(getDb(), actor(), d)
  /** Saves the 实际完成情况 of every yearly goal. */
  const saveOutcomes = (outcomes: string[]) => saveGoalOutcomes(getDb(), actor(), sheetId.value, outcomes)
  /** draft → submitted; refused while anything required is missing. */
  const submit = () => submitSheet(getDb(), actor(), sheetId.value)
  /** submitted → draft, with the reviewer's comment. */
  const sendBack = (comment: string) => returnSheet(getDb(), actor(), sheetId.value, comment)
  /** submitted → draft by its owner, before the review. */
  const withdraw = (reason?: string) => withdrawSheet(getDb(), actor(), sheetId.value, reason)
  /** submitted → locked (审核). */
  const lock = () => lockSheet(getDb(), actor(), sheetId.value)
  /** locked → draft (审核), with a reason. */
  const unlock = (reason: string) => unlockSheet(getDb(), actor(), sheetId.value, reason)

  /** The workbook of this form, ready to save. */
  async function workbook(): Promise<{ blob: Blob; fileName: string }> {
    if (!form.value) throw new Error('no form')
    const { assessmentWorkbook, assessmentFileName } = await import('@/excel/assessment-workbook')
    const bytes = await assessmentWorkbook([form.value])
    return {
      blob: new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      fileName: assessmentFileName(form.value),
    }
  }

  return {
    sheetId,
    sheet,
    score,
    form,
    items,
    summaries,
    allowed,
    reviewComment,
    history,
    changes,
    attachments,
    open,
    judge,
    clearJudgement,
    override,
    clearOverride,
    markNotApplicable,
    clearNotApplicable,
    explain,
    saveOutcomes,
    submit,
    sendBack,
    withdraw,
    lock,
    unlock,
    workbook,
  }
})
