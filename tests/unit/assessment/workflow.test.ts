// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  listStatusHistory,
  lockSheet,
  NotReadyError,
  returnSheet,
  saveGoalOutcomes,
  submitSheet,
  unlockSheet,
} from '@/db/assessment-workflow'
import {
  clearAssessment,
  saveDeviation,
  saveJudgement,
  saveOverride,
  setNotApplicable,
} from '@/db/assessments'
import { addEvidence } from '@/db/evidence'
import { LockedError, PermissionError, ValidationError } from '@/db/errors'
import { updateIndicator } from '@/db/indicators'
import { addProgress, deleteProgress, updateProgress } from '@/db/progress'
import { updateSheet } from '@/db/sheets'
import { addSpending, deleteSpending, updateSpending } from '@/db/spending'
import type { World } from '../db/helpers'
import { yearWorld } from '../db/helpers'

const PROJ = 'kz-2025-proj-1'

const projectWorld = yearWorld

/** Everything the project form needs: the goal outcome and the three deviation reasons (p1-i1, i3, i5). */
async function completeForm(w: World) {
  await saveGoalOutcomes(w.db, w.entry, PROJ, ['按规定划拨、上解工会经费，保障工会业务开展。'])
  for (const indicatorId of ['p1-i1', 'p1-i3', 'p1-i5'])
    await saveDeviation(w.db, w.entry, { indicatorId, cause: '制度保障', text: '已分析原因并提出改进措施' })
}

describe('submit', () => {
  it('is refused while a required deviation reason is missing, and accepted once it is given', async () => {
    const w = await projectWorld()
    await saveGoalOutcomes(w.db, w.entry, PROJ, ['已完成'])
    await saveDeviation(w.db, w.entry, { indicatorId: 'p1-i1', cause: '其他', text: '目标设定偏低' })
    await saveDeviation(w.db, w.entry, { indicatorId: 'p1-i3', cause: '人员保障', text: '经办人员变动' })
    const err = await submitSheet(w.db, w.admin, PROJ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NotReadyError)
    // p1-i5 fell short (40 of 50 万元) and has no reason yet.
    expect((err as NotReadyError).items.map((i) => [i.code, i.indicatorId])).toEqual([
      ['deviationMissing', 'p1-i5'],
    ])
    expect((err as NotReadyError).bilingual.zh).toContain('上缴州总工会工会经费')
    expect((await w.db.sheets.get(PROJ))?.status).toBe('draft')

    await saveDeviation(w.db, w.entry, { indicatorId: 'p1-i5', cause: '经费保障', text: '年末资金未到位' })
    await expect(submitSheet(w.db, w.admin, PROJ)).resolves.toMatchObject({ status: 'submitted' })
  })

  it('is refused while the 定性 indicator is not judged or a goal outcome is empty', async () => {
    const w = await projectWorld()
    await completeForm(w)
    await clearAssessment(w.db, w.entry, 'p1-i6', 'judgement')
    const err = (await submitSheet(w.db, w.entry, PROJ).catch((e: unknown) => e)) as NotReadyError
    expect(err.items.map((i) => i.code)).toEqual(['needsJudgement'])
    await saveJudgement(w.db, w.entry, { indicatorId: 'p1-i6', tier: '达成', score: '17' })
    await saveGoalOutcomes(w.db, w.entry, PROJ, [' '])
    const err2 = (await submitSheet(w.db, w.entry, PROJ).catch((e: unknown) => e)) as NotReadyError
    expect(err2.items.map((i) => [i.code, i.goal])).toEqual([['goalOutcomeMissing', 1]])
  })

  it('refuses a judgement outside its band in the db as well', async () => {
    const w = await projectWorld()
    // weight 20, 部分达成: 12–16
    await expect(
      saveJudgement(w.db, w.entry, { indicatorId: 'p1-i6', tier: '部分达成', score: '17' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveJudgement(w.db, w.entry, { indicatorId: 'p1-i6', tier: '部分达成', score: '16' }),
    ).resolves.toMatchObject({ score: '16' })
  })

  it('may not be done by a leader or a reviewer', async () => {
    const w = await projectWorld()
    await completeForm(w)
    await expect(submitSheet(w.db, w.leader, PROJ)).rejects.toBeInstanceOf(PermissionError)
    await expect(submitSheet(w.db, w.reviewer, PROJ)).rejects.toBeInstanceOf(PermissionError)
  })
})

describe('review', () => {
  it('sends back with a comment that stays on the sheet, and records the path in the audit log', async () => {
    const w = await projectWorld()
    await completeForm(w)
    await submitSheet(w.db, w.admin, PROJ)
    await expect(returnSheet(w.db, w.reviewer, PROJ, '  ')).rejects.toBeInstanceOf(ValidationError)
    await expect(returnSheet(w.db, w.entry, PROJ, '补充凭证')).rejects.toBeInstanceOf(PermissionError)
    const back = await returnSheet(w.db, w.reviewer, PROJ, '请补充上缴凭证')
    expect(back.status).toBe('draft')
    expect((back as unknown as { reviewComment: { text: string; by: string } }).reviewComment).toMatchObject({
      text: '请补充上缴凭证',
      by: '王审核',
    })
    await submitSheet(w.db, w.admin, PROJ)
    await expect(lockSheet(w.db, w.admin, PROJ)).rejects.toBeInstanceOf(PermissionError)
    await lockSheet(w.db, w.reviewer, PROJ)
    await expect(unlockSheet(w.db, w.reviewer, PROJ, '')).rejects.toBeInstanceOf(ValidationError)
    await expect(unlockSheet(w.db, w.admin, PROJ, '更正')).rejects.toBeInstanceOf(PermissionError)
    await unlockSheet(w.db, w.reviewer, PROJ, '财政局要求更正执行数')
    const history = await listStatusHistory(w.db, PROJ)
    expect(history.map((h) => [h.from, h.to, h.actorRole, h.reason ?? null])).toEqual([
      ['draft', 'submitted', 'admin', null],
      ['submitted', 'draft', 'reviewer', '请补充上缴凭证'],
      ['draft', 'submitted', 'admin', null],
      ['submitted', 'locked', 'reviewer', null],
      ['locked', 'draft', 'reviewer', '财政局要求更正执行数'],
    ])
  })

  it('locks only a submitted sheet', async () => {
    const w = await projectWorld()
    await expect(lockSheet(w.db, w.reviewer, PROJ)).rejects.toBeInstanceOf(ValidationError)
  })
})

describe('a locked sheet', () => {
  it('refuses every write to its entries, spending, judgements, targets, outcomes and evidence', async () => {
    const w = await projectWorld()
    await completeForm(w)
    await submitSheet(w.db, w.admin, PROJ)
    await lockSheet(w.db, w.reviewer, PROJ)
    const { db, admin, entry, reviewer } = w
    const auditBefore = await db.audit.count()
    const entryId = (await db.progress.where('sheetId').equals(PROJ).first())!.id
    const spendingId = (await db.spending
      .where('[sheetId+date]')
      .between([PROJ, ''], [PROJ, '\uffff'])
      .first())!.id

    const writes: [string, () => Promise<unknown>][] = [
      ['addProgress', () => addProgress(db, entry, { indicatorId: 'p1-i1', date: '2025-12-30', value: '1' })],
      ['updateProgress', () => updateProgress(db, entry, entryId, { value: '3' })],
      ['deleteProgress', () => deleteProgress(db, entry, entryId)],
      ['addSpending', () => addSpending(db, entry, { sheetId: PROJ, date: '2025-12-30', amount: '1.00' })],
      ['updateSpending', () => updateSpending(db, entry, spendingId, { amount: '31.00' })],
      ['deleteSpending', () => deleteSpending(db, entry, spendingId)],
      ['saveJudgement', () => saveJudgement(db, entry, { indicatorId: 'p1-i6', tier: '达成', score: '20' })],
      ['clearJudgement', () => clearAssessment(db, entry, 'p1-i6', 'judgement')],
      ['saveDeviation', () => saveDeviation(db, entry, { indicatorId: 'p1-i5', cause: '其他', text: '改' })],
      ['saveOverride', () => saveOverride(db, reviewer, { indicatorId: 'p1-i5', score: '10', reason: '改' })],
      ['setNotApplicable', () => setNotApplicable(db, admin, { indicatorId: 'p1-i3', reason: '改' })],
      ['saveGoalOutcomes', () => saveGoalOutcomes(db, entry, PROJ, ['改'])],
      ['updateIndicator', () => updateIndicator(db, admin, 'p1-i1', { weight: 10 })],
      ['updateSheet', () => updateSheet(db, admin, PROJ, { name: '改' })],
      [
        'addEvidence',
        () => addEvidence(db, entry, 'progress', entryId, [{ file: new Blob(['凭证']), name: '凭证.txt' }]),
      ],
    ]
    for (const [name, write] of writes) {
      const err = await write().catch((e: unknown) => e)
      expect(err, name).toBeInstanceOf(LockedError)
      expect((err as LockedError).bilingual.zh, name).toContain('已锁定')
    }
    expect(await db.audit.count()).toBe(auditBefore)
    expect((await db.progress.get(entryId))?.value).toBe('1')
    expect((await db.sheets.get(PROJ))?.status).toBe('locked')
  })
})
