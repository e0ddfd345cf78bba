import { describe, expect, it } from 'vitest'
import {
  clearAssessment,
  listAssessments,
  saveDeviation,
  saveJudgement,
  saveOverride,
  setNotApplicable,
} from '@/db/assessments'
import { listAudit } from '@/db/audit'
import { ValidationError } from '@/db/errors'
import { exportPackage } from '@/db/export-package'
import { updateSheet } from '@/db/sheets'
import { worldWithData } from './helpers'

describe('assessments', () => {
  it('keeps one live row per indicator and kind, audited on every save', async () => {
    const { db, entry } = await worldWithData()
    const first = await saveJudgement(db, entry, {
      indicatorId: 'p1-i6',
      tier: '部分达成',
      score: '13',
      note: '部分',
    })
    expect(first.score).toBe('13')
    const second = await saveJudgement(db, entry, {
      indicatorId: 'p1-i6',
      tier: '部分达成',
      score: '14',
      note: '部分',
    })
    expect(second.id).toBe(first.id)
    const log = await listAudit(db, { table: 'assessments', rowId: first.id })
    expect(log.map((a) => a.action)).toEqual(['update', 'update', 'import'])
    expect(log[0]).toMatchObject({ before: { score: '13' }, after: { score: '14' } })
    const rows = (await listAssessments(db, 'kz-2025-proj-1')).filter((r) => r.kind === 'judgement')
    expect(rows).toHaveLength(1)
    const pkg = await exportPackage(db, { unitId: 'kz-fed' })
    expect(pkg.judgements).toEqual([{ indicatorId: 'p1-i6', tier: '部分达成', score: '14', note: '部分' }])
  })

  it('refuses a score outside its tier band, a tier on a quantitative indicator, and reasonless overrides', async () => {
    const { db, entry, reviewer } = await worldWithData()
    // 达成 on weight 20: 16–20
    await expect(
      saveJudgement(db, entry, { indicatorId: 'p1-i6', tier: '达成', score: '15' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveJudgement(db, entry, { indicatorId: 'p1-i1', tier: '达成', score: '15' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveOverride(db, reviewer, { indicatorId: 'p1-i1', score: '10', reason: ' ' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveOverride(db, reviewer, { indicatorId: 'p1-i1', score: '16', reason: '超出分值' }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveDeviation(db, entry, { indicatorId: 'p1-i1', cause: '天气' as never, text: '…' }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it("checks a judgement against its sheet's tier bands (the 80–50 % variant)", async () => {
    const { db, entry, admin } = await worldWithData()
    await updateSheet(db, admin, 'kz-2025-proj-1', {
      scoring: {
        tierBands: [
          [80, 100],
          [50, 80],
          [0, 50],
        ],
      },
    })
    // weight 20: 部分达成 10–16 (national 12–16), 未达成 0–10 (national 0–12)
    const saved = await saveJudgement(db, entry, { indicatorId: 'p1-i6', tier: '部分达成', score: '11' })
    expect(saved.score).toBe('11')
    await expect(
      saveJudgement(db, entry, { indicatorId: 'p1-i6', tier: '未达成', score: '11' }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('clears and re-sets a not-applicable mark', async () => {
    const { db, admin, reviewer } = await worldWithData()
    await setNotApplicable(db, reviewer, { indicatorId: 'p1-i1', reason: '政策调整' })
    expect((await exportPackage(db)).notApplicable).toEqual([{ indicatorId: 'p1-i1', reason: '政策调整' }])
    await clearAssessment(db, admin, 'p1-i1', 'notApplicable')
    expect((await exportPackage(db)).notApplicable).toEqual([])
    await setNotApplicable(db, admin, { indicatorId: 'p1-i1', reason: '再次确认' })
    expect((await exportPackage(db)).notApplicable).toEqual([{ indicatorId: 'p1-i1', reason: '再次确认' }])
    expect(await db.assessments.where('[indicatorId+kind]').equals(['p1-i1', 'notApplicable']).count()).toBe(
      1,
    )
  })
})
