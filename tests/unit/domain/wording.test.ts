import { describe, expect, it } from 'vitest'
import { runScore } from '@/cli/score'
import { remarkOf } from '@/excel/monitor-workbook'
import { FLAG_TEXT_ZH, LIGHT_MEANING_ZH, OVERRIDE_REMARK_ZH, overrideRemarkZh } from '@/domain/wording'
import assessmentZh from '@/locales/zh-CN/assessment.json'
import lightsZh from '@/locales/zh-CN/lights.json'
import monitorZh from '@/locales/zh-CN/monitor.json'
import { FLAGS, LIGHTS, OVERSPENT } from '@/domain/vocabulary'
import commonZh from '@/locales/zh-CN/common.json'
import { smallPackage } from '../db/helpers'

describe('one Chinese wording for screen, workbook and command line', () => {
  it('the zh-CN locale says what the domain says', () => {
    expect(monitorZh.flags).toEqual(FLAG_TEXT_ZH)
    expect(lightsZh).toEqual(LIGHT_MEANING_ZH)
    expect(assessmentZh.override).toBe(OVERRIDE_REMARK_ZH)
    expect(Object.keys(FLAG_TEXT_ZH).sort()).toEqual([...FLAGS].sort())
    expect(Object.keys(LIGHT_MEANING_ZH).sort()).toEqual([...LIGHTS].sort())
    // 超支 beside the budget light is the vocabulary's word.
    expect(commonZh.overspent).toBe(OVERSPENT.word)
  })

  it('the override remark is 得分经审核调整, and a missing datum is 尚无填报', () => {
    expect(OVERRIDE_REMARK_ZH).toBe('得分经审核调整')
    expect(FLAG_TEXT_ZH.noData).toBe('尚无填报')
    expect(overrideRemarkZh('18.00', '复核佐证后调整')).toBe(
      '【得分经审核调整，原计算得分 18.00】复核佐证后调整',
    )
    expect(remarkOf({ light: 'red', flags: ['noData', 'override'] })).toBe(
      '红灯（严重滞后）；尚无填报；得分经审核调整',
    )
  })

  it('the command line prints the same words', () => {
    // No entries at all, and one reviewer's score: every quantity lacks data, p1-i1 is overridden.
    const pkg = {
      ...smallPackage(),
      progress: [],
      overrides: [{ indicatorId: 'p1-i1', score: '10', reason: '复核' }],
    }
    const text = runScore(pkg, { asOf: '2025-06-30', json: false })
    expect(text).toContain('尚无填报')
    expect(text).toContain('得分经审核调整')
    expect(text).not.toMatch(/无数据|已人工调整/)
  })
})
