// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { saveDeviation, saveOverride } from '@/db/assessments'
import { saveGoalOutcomes, sheetReadiness } from '@/db/assessment-workflow'
import { applyRollover, previewRollover } from '@/db/rollover'
import { worldWithData } from './helpers'

describe('rollover keeps the targets and leaves the year’s outcomes behind (issue 15, case 9)', () => {
  it('copies no 实际完成情况, judgement, deviation or override, and readiness asks for them again', async () => {
    const { db, admin, reviewer } = await worldWithData()
    await saveGoalOutcomes(db, admin, 'kz-2025-proj-1', ['全年上解区总工会经费 50 万元'])
    await saveDeviation(db, admin, { indicatorId: 'p1-i1', cause: '经费保障', text: '去年的原因', likelihood: '有可能' })
    await saveOverride(db, reviewer, { indicatorId: 'p1-i1', score: '15', reason: '去年的调整' })

    const plan = await previewRollover(db, { unitId: 'kz-fed', fromYear: 2025 })
    const [created] = await applyRollover(db, admin, plan)
    const stored = (await db.sheets.get(created!.id)) as unknown as Record<string, unknown>
    expect(stored.goalOutcomes).toBeUndefined()
    expect(stored.reviewComment).toBeUndefined()
    expect(stored.goals).toEqual(['上解区总工会经费'])
    // 上年完成值 does carry: one transfer logged, 达成 judged.
    expect(created!.indicators.map((i) => i.lastYear)).toEqual(['1次', '达成'])
    expect(await db.assessments.where('sheetId').equals(created!.id).count()).toBe(0)

    const asked = (await sheetReadiness(db, created!.id)).map((i) => [i.code, i.goal ?? i.name])
    expect(asked).toContainEqual(['goalOutcomeMissing', 1])
    expect(asked).toContainEqual(['needsJudgement', '提升公共服务质量'])
  })
})
