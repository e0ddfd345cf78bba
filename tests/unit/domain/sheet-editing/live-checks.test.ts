import { describe, expect, it } from 'vitest'
import { checkSheet } from '@/domain/sheet-editing'
import type { Sheet } from '@/domain/types'
import { smallPackage } from '../../db/helpers'

const sheet = (): Sheet => structuredClone(smallPackage().sheets[0]!)

describe('checkSheet', () => {
  it('adds the weights exactly and compares them with 100 − budget weight', () => {
    const s = sheet()
    // 15 + 20 = 35 against 100 − 10 = 90
    expect(checkSheet(s)).toMatchObject({ weightTotal: '35', expectedWeight: 90, weightsOk: false })
    s.indicators[0]!.weight = 70
    // 70 + 20 = 90
    expect(checkSheet(s)).toMatchObject({ weightTotal: '90', weightsOk: true })
    s.scoring = { budgetWeight: 20 }
    // 100 − 20 = 80
    expect(checkSheet(s)).toMatchObject({ expectedWeight: 80, weightsOk: false })
    expect(checkSheet(s).checks.map((c) => c.code)).toContain('weightsNot90')
  })

  it('points duplicates, empty names and unreadable targets at their rows', () => {
    const s = sheet()
    s.indicators[0]!.weight = 70
    s.indicators.push(
      { ...s.indicators[0]!, id: 'x1', weight: 0 },
      { ...s.indicators[0]!, id: 'x2', name: ' ', weight: 0 },
      { ...s.indicators[0]!, id: 'x3', name: '其他', target: null, targetText: '约 5 次', weight: 0 },
    )
    const checks = checkSheet(s).checks.map((c) => [c.code, c.indicator])
    expect(checks).toEqual(
      expect.arrayContaining([
        ['duplicateName', 2],
        ['emptyName', 3],
        ['unreadableTarget', 4],
      ]),
    )
    expect(checks.filter(([code]) => code === 'duplicateName')).toHaveLength(1)
  })

  it('names the goal that no indicator measures', () => {
    const s = sheet()
    s.indicators[0]!.weight = 70
    s.goals = ['为 993 个护边员执勤房配备杂志 1800 份']
    const goalChecks = checkSheet(s).checks.filter((c) => c.code === 'goalWithoutIndicator')
    expect(goalChecks.map((c) => c.goal)).toEqual([0])
    expect(goalChecks[0]!.message.zh).toContain('993')
  })
})
