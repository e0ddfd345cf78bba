import { describe, expect, it } from 'vitest'
import { runScore } from '@/cli/score'
import { entry, indicator, pkg, sheet, spend } from './fixtures'

const s = sheet(
  [
    indicator({
      id: 'p1-i1',
      name: '划拨工会经费次数',
      target: { op: '>=', value: '1', unit: '次' },
      weight: 15,
    }),
    indicator({
      id: 'p1-i6',
      name: '提升公共服务质量',
      target: { op: 'qualitative', text: '有效提升' },
      weight: 20,
    }),
  ],
  { id: 'kz-2025-proj-1', name: '2025年预算工会经费' },
)
const p = pkg([s], {
  progress: [entry('p1-i1', '2025-03-01', '2')],
  spending: [spend('2025-06-30', '100.00', 'kz-2025-proj-1')],
})

describe('runScore', () => {
  it('--json prints exactly the fields of docs/exchange-format.md, in order, with 2-space indent', () => {
    const text = runScore(p, { json: true })
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "sheets": [')
    const out = JSON.parse(text)
    expect(Object.keys(out)).toEqual(['asOf', 'sheets'])
    expect(Object.keys(out.sheets[0])).toEqual([
      'id',
      'name',
      'kind',
      'year',
      'budget',
      'indicators',
      'total',
      'max',
      'complete',
      'projected',
      'grade',
      'light',
    ])
    expect(out.sheets[0].budget).toEqual({
      basis: '100.00',
      executed: '100.00',
      rate: '100.00',
      weight: 10,
      score: '10.00',
      // 执行率 100 % / 序时进度 100 % × 100 = 100 → green (from 80)
      light: 'green',
    })
    // As of 31 March nothing is spent yet: 0 % / (3 / 12) → 0 → red (below 60).
    const march = JSON.parse(runScore(p, { json: true, asOf: '2025-03-31' }))
    expect(march.sheets[0].budget).toMatchObject({ executed: '0.00', light: 'red' })
    expect(out.sheets[0].indicators[0]).toEqual({
      id: 'p1-i1',
      name: '划拨工会经费次数',
      target: '>=1次',
      actual: '2',
      weight: 15,
      score: '15.00',
      light: 'blue',
      flags: ['overshoot'],
    })
    expect(out.sheets[0].indicators[1]).toMatchObject({ score: null, flags: ['needsJudgement'] })
    // worked out by hand: 10 + 15 + 0 (no judgement) = 25.00; max 10 + 15 + 20 = 45.00
    expect(out.sheets[0]).toMatchObject({ total: '25.00', max: '45.00', complete: false, grade: '差' })
  })

  it('prints a readable table in Chinese', () => {
    const text = runScore(p, { json: false, asOf: '2025-06-30' })
    for (const word of [
      '2025年预算工会经费',
      '预算执行率',
      '三级指标',
      '指标值',
      '实际完成值',
      '分值',
      '得分',
      '灯',
      '提示',
      '待评判',
      '总分',
      '等级',
      '年末预计',
    ]) {
      expect(text).toContain(word)
    }
    expect(text).toContain('截至 2025-06-30')
  })
})
