// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { listSheetAttachments, saveGoalOutcomes, sheetReadiness } from '@/db/assessment-workflow'
import { clearAssessment, saveDeviation } from '@/db/assessments'
import { exportPackage } from '@/db/export-package'
import { assessmentForm, readiness } from '@/domain/assessment'
import { yearWorld, type World } from '../db/helpers'

const PROJ = 'kz-2025-proj-1'

/** What the screen lists as missing: the store's path (the overview's package, then assessmentForm). */
async function screenItems(w: World) {
  const pkg = await exportPackage(w.db, { unitId: 'kz-fed', year: 2025 })
  const attachments = await listSheetAttachments(w.db, PROJ)
  const form = assessmentForm(pkg, PROJ, { attachedOwners: new Set(attachments.map((a) => a.ownerId)) })
  return form ? readiness(form) : null
}

describe('assessmentForm: the screen and the submit gate read the same form', () => {
  it('a fresh year: goal outcome and three deviation reasons owed, in both', async () => {
    const w = await yearWorld()
    const gate = await sheetReadiness(w.db, PROJ)
    expect(await screenItems(w)).toEqual(gate)
    // p1-i1, p1-i3, p1-i5 fell short or overshot; the one goal has no outcome yet.
    expect(gate.filter((i) => i.level === 'blocker').map((i) => [i.code, i.indicatorId ?? i.goal])).toEqual([
      ['goalOutcomeMissing', 1],
      ['deviationMissing', 'p1-i1'],
      ['deviationMissing', 'p1-i3'],
      ['deviationMissing', 'p1-i5'],
    ])
  })

  it('after the reasons are given and a judgement taken back: only the judgement, in both', async () => {
    const w = await yearWorld()
    await saveGoalOutcomes(w.db, w.entry, PROJ, ['已完成'])
    for (const indicatorId of ['p1-i1', 'p1-i3', 'p1-i5'])
      await saveDeviation(w.db, w.entry, { indicatorId, cause: '制度保障', text: '已分析原因' })
    await clearAssessment(w.db, w.entry, 'p1-i6', 'judgement')
    const gate = await sheetReadiness(w.db, PROJ)
    expect(await screenItems(w)).toEqual(gate)
    expect(gate.filter((i) => i.level === 'blocker').map((i) => [i.code, i.indicatorId])).toEqual([
      ['needsJudgement', 'p1-i6'],
    ])
  })
})
