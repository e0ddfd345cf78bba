import { defineStore } from 'pinia'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import { getDb } from '@/db/database'
import { liveQuery } from '@/db/live-query'
import { getReportTexts, saveReportTexts } from '@/db/report-texts'
import { buildSelfReport, draftReportTexts, reportTextsFor, type ReportTexts } from '@/domain/report'
import { useAssessmentStore } from './assessment'
import { useSessionStore } from './session'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * The 绩效自评报告 of the sheet the assessment store has open: the paragraphs people wrote (live),
 * their drafted defaults, and the .docx (the docx library loads only when one is made).
 */
export const useSelfReportStore = defineStore('selfReport', () => {
  const assessment = useAssessmentStore()
  const session = useSessionStore()
  const stored = shallowRef<Partial<ReportTexts>>({})

  let sub: { unsubscribe(): void } | null = null
  watch(
    () => assessment.sheetId,
    (id) => {
      sub?.unsubscribe()
      stored.value = {}
      if (id)
        sub = liveQuery(() => getReportTexts(getDb(), id)).subscribe({ next: (v) => (stored.value = v) })
    },
    { immediate: true },
  )
  onScopeDispose(() => sub?.unsubscribe())

  const drafted = computed(() => (assessment.form ? draftReportTexts(assessment.form) : null))
  const texts = computed(() => (assessment.form ? reportTextsFor(assessment.form, stored.value) : null))

  async function save(next: Partial<ReportTexts>) {
    const profile = session.profile
    if (!profile) throw new Error('no current profile')
    await saveReportTexts(getDb(), profile, assessment.sheetId, next)
  }

  /** The report as a .docx and its file name, from what is saved. */
  async function documentFile(): Promise<{ blob: Blob; fileName: string }> {
    const form = assessment.form
    if (!form || !texts.value) throw new Error('no sheet open')
    const report = buildSelfReport(form, texts.value)
    const { selfReportDocx } = await import('@/docx/self-report-docx')
    const bytes = await selfReportDocx(report)
    return { blob: new Blob([bytes], { type: DOCX_TYPE }), fileName: report.fileName }
  }

  return { stored, drafted, texts, save, documentFile }
})
