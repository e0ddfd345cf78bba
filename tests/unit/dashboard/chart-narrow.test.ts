// Issue 19 item 5: on a phone the completion chart's percent labels ran together ("20%40%60%80%").
// Drawn here by ECharts itself (server-side SVG) at the width the chart has on a 375 px screen.
import * as echarts from 'echarts'
import { describe, expect, it } from 'vitest'
import { completionOption } from '@/components/dashboard/chart-options'
import type { CompletionRow } from '@/domain/dashboard'

const rows: CompletionRow[] = [
  {
    id: 'a',
    name: '开展职工文体活动（次）',
    op: '>=',
    target: '>=4次',
    completion: '50.00',
    expected: '50.00',
    light: 'green',
  },
  {
    id: 'b',
    name: '加大全州在职职工医疗互助保障参与率（人）',
    op: '>=',
    target: '>=1万人',
    completion: '12.00',
    expected: '50.00',
    light: 'red',
  },
]
const labels = { completion: '完成率', expected: '应完成', target: '全年目标' }

/** The percent labels along the bottom axis: their text and left-to-right x positions. */
function percentLabels(narrow: boolean, width: number) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 160 })
  chart.setOption(completionOption(rows, labels, 'light', narrow) as echarts.EChartsCoreOption)
  const svg = chart.renderToSVGString()
  chart.dispose()
  return [...svg.matchAll(/<text[^>]*transform="translate\(([\d.]+) [\d.]+\)"[^>]*>(\d+%)<\/text>/g)].map(
    (m) => ({ x: Number(m[1]), text: m[2]! }),
  )
}

describe('completion chart at phone width (331 px: a 375 px screen less the page and card padding)', () => {
  it('spaces the percent labels at least twice the widest label apart, and still shows 0 % and 100 %', () => {
    const shown = percentLabels(true, 331)
    expect(shown.map((l) => l.text)).toEqual(['0%', '50%', '100%'])
    // "100%" at 12 px is about 4 × 7 = 28 px wide; 56 px between label centres leaves a clear gap.
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.x - shown[i - 1]!.x).toBeGreaterThanOrEqual(56)
  })

  it('the desktop option at the same width is what ran together: labels under 56 px apart', () => {
    const shown = percentLabels(false, 331)
    const gaps = shown.slice(1).map((l, i) => l.x - shown[i]!.x)
    expect(Math.min(...gaps)).toBeLessThan(56)
  })

  it('keeps the desktop ticks (every 20 %) when there is room', () => {
    const shown = percentLabels(false, 1200)
    expect(shown.map((l) => l.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%'])
  })
})
