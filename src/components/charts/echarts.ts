// The one place ECharts is set up: only the charts and components the app draws, the SVG renderer
// (crisp on a wall display, and it works in happy-dom), and the app's two themes.
// Import this module only from lazily loaded pages: ECharts must stay out of the first bundle.
import { BarChart, LineChart } from 'echarts/charts'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import { registerTheme, use, type ComposeOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer])

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>

export type ChartTheme = 'light' | 'dark'

/** Series colours: the app's primary, then the light colours of src/styles/theme.css. */
export const CHART_COLORS = {
  light: { primary: '#1d5fa8', plan: '#6b7079', text: '#1f2329', axis: '#5b6068', grid: '#e4e7ed' },
  dark: { primary: '#5aa9ff', plan: '#c7ced8', text: '#f2f5f9', axis: '#c7ced8', grid: '#2b3a4f' },
} as const

const FONT = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"

function theme(kind: ChartTheme, fontSize: number) {
  const c = CHART_COLORS[kind]
  const axis = {
    axisLine: { lineStyle: { color: c.axis } },
    axisLabel: { color: c.axis, fontSize },
    splitLine: { lineStyle: { color: c.grid } },
  }
  return {
    color: [c.primary, c.plan, '#1e7b34', '#9a6700', '#c0392b'],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT, color: c.text, fontSize },
    legend: { textStyle: { color: c.text, fontSize } },
    categoryAxis: axis,
    valueAxis: axis,
  }
}

registerTheme('pl-light', theme('light', 12))
// The wall display is read from five metres: bigger type.
registerTheme('pl-dark', theme('dark', 18))

export const THEME_NAME: Record<ChartTheme, string> = { light: 'pl-light', dark: 'pl-dark' }
