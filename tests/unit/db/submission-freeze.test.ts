// @vitest-environment node
// Issue 15, case 7: "已提交" froze nothing. A submitted sheet now takes no entry, judgement or edit
// until the reviewer sends it back (with a reason) or its owner withdraws it (audited).
import { describe, expect, it } from 'vitest'
import {
  listStatusHistory,
  lockSheet,
  returnSheet,
  saveGoalOutcomes,
  submitSheet,
  withdrawSheet,
} from '@/db/assessment-workflow'
import { saveDeviation, saveJudgement, saveOverride, setNotApplicable } from '@/db/assessments'
import { PermissionError, SubmittedError } from '@/db/errors'
import { updateIndicator } from '@/db/indicators'
import { addProgress, deleteProgress } from '@/db/progress'
import { addSpending } from '@/db/spending'
import { updateSheet } from '@/db/sheets'
import { changesSinceSubmission } from '@/db/submission-changes'
import { type World, yearWorld } from './helpers'

const PROJ = 'kz-2025-proj-1'

async function submitted(): Promise<World> {
  const w = await yearWorld()
  await saveGoalOutcomes(w.db, w.entry, PROJ, ['按规定划拨、上解工会经费。'])
  for (const indicatorId of ['p1-i1', 'p1-i3', 'p1-i5'])
    await saveDeviation(w.db, w.entry, { indicatorId, cause: '制度保障', text: '已分析原因' })
  await submitSheet(w.db, w.entry, PROJ)
  return w
}

describe('a submitted sheet is frozen', () => {
  it('refuses entries, spending, judgements, deviations, outcomes and target edits', async () => {
    const w = await submitted()
    const entries = await w.db.progress.where('sheetId').equals(PROJ).count()
    const refused: (() => Promise<unknown>)[] = [
      () => addProgress(w.db, w.entry, { id: 'late', indicatorId: 'p1-i5', date: '2025-12-30', value: '10' }),
      () => addSpending(w.db, w.entry, { id: 'late-x', sheetId: PROJ, date: '2025-12-30', amount: '1.00' }),
      () => saveJudgement(w.db, w.entry, { indicatorId: 'p1-i6', tier: '达成', score: '20' }),
      () => saveDeviation(w.db, w.entry, { indicatorId: 'p1-i5', cause: '其他', text: '改' }),
      () => saveGoalOutcomes(w.db, w.entry, PROJ, ['改']),
      () => updateSheet(w.db, w.admin, PROJ, { owner: '别人' }),
      () => updateIndicator(w.db, w.admin, 'p1-i5', { weight: 5 }),
      () => setNotApplicable(w.db, w.admin, { indicatorId: 'p1-i5', reason: '管理员不能在审核中改' }),
    ]
    for (const attempt of refused) await expect(attempt()).rejects.toBeInstanceOf(SubmittedError)
    const first = (await w.db.progress.where('sheetId').equals(PROJ).toArray())[0]!
    await expect(deleteProgress(w.db, w.entry, first.id)).rejects.toBeInstanceOf(SubmittedError)
    expect(await w.db.progress.where('sheetId').equals(PROJ).count()).toBe(entries)
    expect((await w.db.sheets.get(PROJ))?.status).toBe('submitted')
  })

  it('still takes the reviewer’s own override, then the lock', async () => {
    const w = await submitted()
    await saveOverride(w.db, w.reviewer, { indicatorId: 'p1-i5', score: '9', reason: '另行上缴已核实' })
    await expect(lockSheet(w.db, w.reviewer, PROJ)).resolves.toMatchObject({ status: 'locked' })
  })

  it('is withdrawn by its owner, audited, and is editable again', async () => {
    const w = await submitted()
    await expect(withdrawSheet(w.db, w.reviewer, PROJ)).rejects.toBeInstanceOf(PermissionError)
    await withdrawSheet(w.db, w.entry, PROJ, '漏填一笔')
    const history = await listStatusHistory(w.db, PROJ)
    expect(history.map((h) => [h.from, h.to, h.actorName, h.reason])).toEqual([
      ['draft', 'submitted', '张三', undefined],
      ['submitted', 'draft', '张三', '漏填一笔'],
    ])
    await expect(
      addProgress(w.db, w.entry, { id: 'late', indicatorId: 'p1-i5', date: '2025-12-30', value: '10' }),
    ).resolves.toMatchObject({ entry: { id: 'late' } })
  })
})

describe('what changed since the submission', () => {
  it('lists, after a send-back and a second submission, exactly what the owner changed', async () => {
    const w = await submitted()
    expect(await changesSinceSubmission(w.db, PROJ)).toEqual([])
    await returnSheet(w.db, w.reviewer, PROJ, '请补录 12 月上缴')
    // 40 + 10 = 50 万元: the shortfall is met, so its deviation reason no longer applies.
    await addProgress(w.db, w.entry, { id: 'dec', indicatorId: 'p1-i5', date: '2025-12-30', value: '10' })
    await saveGoalOutcomes(w.db, w.entry, PROJ, ['按规定划拨、上解工会经费，12 月补缴 10 万元。'])
    await submitSheet(w.db, w.entry, PROJ)
    const changes = await changesSinceSubmission(w.db, PROJ)
    expect(changes.map((c) => [c.table, c.action, c.indicatorId ?? c.fields, c.after ?? null])).toEqual([
      ['progress', 'create', 'p1-i5', '10'],
      ['sheets', 'update', ['goalOutcomes'], null],
    ])
  })
})
