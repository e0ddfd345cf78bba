import { describe, expect, it } from 'vitest'
import {
  budgetOption,
  comparisonOption,
  completionOption,
  LIGHT_COLORS,
} from '@/components/dashboard/chart-options'
import type { ComparisonRow, CompletionRow } from '@/domain/dashboard'

const rows: CompletionRow[] = [
  { id: 'a', name: '甲', op: '>=', target: '>=4次', completion: '50.00', expected: '50.00', light: 'green' },
  { id: 'b', name: '乙', op: '>=', target: '>=4次', completion: null, expected: '100.00', light: 'none' },
  { id: 'c', name: '丙', op: '>=', target: '>=2次', completion: '25.00', expected: '50.00', light: 'red' },
]
const labels = { completion: '完成率', expected: '应完成', target: '全年目标' }

describe('chart options', () => {
  it('draws completion bars coloured by light, top to bottom in sheet order, with the due mark', () => {
    const option = completionOption(rows, labels, 'light') as {
      yAxis: { data: string[] }
      series: { data: unknown[] }[]
    }
    // A category y axis runs upwards: reversed so that the first indicator is on top.
    expect(option.yAxis.data).toEqual(['丙', '乙', '甲'])
    expect(option.series[0]!.data).toEqual([
      { value: 25, itemStyle: { color: LIGHT_COLORS.light.red } },
      { value: 0, itemStyle: { color: LIGHT_COLORS.light.none } },
      { value: 50, itemStyle: { color: LIGHT_COLORS.light.green } },
    ])
    expect(option.series[1]!.data).toEqual([50, 100, 50])
  })

  it('plots 执行率 against 序时进度 per month', () => {
    const option = budgetOption(
      [
        { month: 1, date: '2025-01-31', executed: '0.00', rate: '0.00', timeProgress: '8.33' },
        { month: 2, date: '2025-02-28', executed: '20.00', rate: '20.00', timeProgress: '16.67' },
      ],
      { month: (m) => `${m}月`, rate: '预算执行率', timeProgress: '序时进度' },
      'dark',
    ) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] }
    expect(option.xAxis.data).toEqual(['1月', '2月'])
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['预算执行率', [0, 20]],
      ['序时进度', [8.33, 16.67]],
    ])
  })

  it('keeps the comparison scores on a 0–100 axis when one unit has spent 40 times its budget', () => {
    const unit = (unitId: string, score: string, rate: string): ComparisonRow => ({
      unitId,
      unitName: unitId,
      parentId: null,
      sheetCount: 1,
      sheetId: `${unitId}-s`,
      score,
      max: '100',
      projected: score,
      grade: null,
      rate,
      light: 'green',
    })
    const option = comparisonOption([unit('甲', '82.5', '95.00'), unit('乙', '61', '4000.00')], {
      score: '当前得分',
      projected: '预计',
      rate: '执行率',
    }) as {
      yAxis: { max: (v: { max: number }) => number }[]
      series: { name: string; yAxisIndex?: number; data: unknown[] }[]
    }
    const axisOf = (name: string) => option.series.find((s) => s.name === name)!.yAxisIndex ?? 0
    expect([axisOf('当前得分'), axisOf('预计'), axisOf('执行率')]).toEqual([0, 0, 1])
    // The score axis sees only scores (max 82.5 → 100); the rate axis rounds 4000 up to 4000.
    expect(option.yAxis[0]!.max({ max: 82.5 })).toBe(100)
    expect(option.yAxis[1]!.max({ max: 4000 })).toBe(4000)
    expect(option.series.find((s) => s.name === '执行率')!.data).toEqual([95, 4000])
  })
})
