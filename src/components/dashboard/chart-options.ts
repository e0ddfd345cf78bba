// ECharts options built from the dashboard's derived figures. Labels arrive translated; colours
// follow the lights of src/styles/theme.css (brighter on the dark wall display).
import type { BudgetPoint, ComparisonRow, CompletionRow, IndicatorPoint } from '@/domain/dashboard'
import type { Light } from '@/domain/types'
import { CHART_COLORS, type ChartOption, type ChartTheme } from '../charts/echarts'

export const LIGHT_COLORS: Record<ChartTheme, Record<Light, string>> = {
  light: { red: '#c0392b', yellow: '#9a6700', green: '#1e7b34', blue: '#1d5fa8', none: '#6b7079' },
  dark: { red: '#ff6b5e', yellow: '#f5c542', green: '#4cd07d', blue: '#5aa9ff', none: '#9aa4b2' },
}

const num = (text: string | null) => (text === null ? null : Number(text))

/** Axis and legend type size: the wall display is read from five metres. */
const fontSize = (theme: ChartTheme) => (theme === 'dark' ? 18 : 12)

export interface BudgetLabels {
  month: (m: number) => string
  rate: string
  timeProgress: string
}

/** 执行率 against 序时进度, month by month. */
export function budgetOption(
  points: readonly BudgetPoint[],
  labels: BudgetLabels,
  theme: ChartTheme,
): ChartOption {
  const c = CHART_COLORS[theme]
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { fontSize: fontSize(theme) } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}%` },
    xAxis: {
      type: 'category',
      data: points.map((p) => labels.month(p.month)),
      axisLabel: { fontSize: fontSize(theme) },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10),
      axisLabel: { formatter: '{value}%', fontSize: fontSize(theme), hideOverlap: true },
    },
    series: [
      {
        name: labels.rate,
        type: 'line',
        data: points.map((p) => num(p.rate)),
        lineStyle: { width: theme === 'dark' ? 4 : 2, color: c.primary },
        itemStyle: { color: c.primary },
        symbolSize: theme === 'dark' ? 10 : 6,
      },
      {
        name: labels.timeProgress,
        type: 'line',
        data: points.map((p) => num(p.timeProgress)),
        lineStyle: { type: 'dashed', width: theme === 'dark' ? 3 : 2, color: c.plan },
        itemStyle: { color: c.plan },
        symbol: 'none',
      },
    ],
  }
}

export interface CompletionLabels {
  completion: string
  expected: string
  target: string
}

/**
 * One bar per indicator (completion of the full-year target, coloured by its light) with a mark for
 * what is due by now. `narrow` (a phone): names get less room and the percent axis has ticks every
 * 50 % only: at about 190 px of plot, six labels every 20 % touch ("20%40%60%80%"), and hideOverlap
 * leaves labels that merely touch.
 */
export function completionOption(
  rows: readonly CompletionRow[],
  labels: CompletionLabels,
  theme: ChartTheme,
  narrow = false,
): ChartOption {
  const c = CHART_COLORS[theme]
  const colours = LIGHT_COLORS[theme]
  // Top to bottom in sheet order: a category y axis runs upwards, so reverse.
  const ordered = [...rows].reverse()
  return {
    grid: { left: 8, right: 40, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, data: [labels.completion, labels.expected], textStyle: { fontSize: fontSize(theme) } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (v === null ? '—' : `${v}%`),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: (v) => Math.max(100, Math.ceil(v.max / 20) * 20),
      ...(narrow ? { interval: 50 } : {}),
      axisLabel: { formatter: '{value}%', fontSize: fontSize(theme), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.name),
      axisLabel: {
        width: narrow ? 96 : theme === 'dark' ? 260 : 180,
        overflow: 'truncate',
        fontSize: fontSize(theme),
      },
    },
    series: [
      {
        name: labels.completion,
        type: 'bar',
        barMaxWidth: theme === 'dark' ? 28 : 18,
        itemStyle: { color: c.primary },
        data: ordered.map((r) => ({ value: num(r.completion) ?? 0, itemStyle: { color: colours[r.light] } })),
        markLine: {
          symbol: 'none',
          silent: true,
          label: { formatter: labels.target, color: c.text },
          lineStyle: { color: c.axis, type: 'solid' },
          data: [{ xAxis: 100 }],
        },
      },
      {
        name: labels.expected,
        type: 'line',
        data: ordered.map((r) => num(r.expected)),
        lineStyle: { width: 0 },
        symbol: 'diamond',
        symbolSize: theme === 'dark' ? 20 : 14,
        itemStyle: { color: c.plan, borderColor: c.text, borderWidth: 1 },
        z: 3,
      },
    ],
  }
}

export interface IndicatorLabels {
  month: (m: number) => string
  actual: string
  plan: string
}

/** The cumulative line (or the readings) against the plan or the straight line. */
export function indicatorOption(points: readonly IndicatorPoint[], labels: IndicatorLabels): ChartOption {
  const c = CHART_COLORS.light
  return {
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => labels.month(p.month)) },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        name: labels.actual,
        type: 'line',
        data: points.map((p) => num(p.actual)),
        itemStyle: { color: c.primary },
        lineStyle: { width: 2 },
      },
      {
        name: labels.plan,
        type: 'line',
        data: points.map((p) => num(p.plan)),
        itemStyle: { color: c.plan },
        lineStyle: { type: 'dashed' },
        symbol: 'none',
      },
    ],
  }
}

export interface ComparisonLabels {
  score: string
  projected: string
  rate: string
}

/** Score, projected score and 执行率 side by side per unit. */
export function comparisonOption(rows: readonly ComparisonRow[], labels: ComparisonLabels): ChartOption {
  const c = CHART_COLORS.light
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.unitName),
      // Every name while they fit; with many units, or on a phone, the ones that would overlap are
      // left out (the table beside the chart lists every unit).
      axisLabel: {
        interval: 'auto',
        hideOverlap: true,
        rotate: rows.length > 4 ? 30 : 0,
        width: 120,
        overflow: 'truncate',
      },
    },
    // Scores on the left (0–100), 执行率 on its own axis on the right: one unit that spent far
    // beyond its budget must not flatten every unit's score bars.
    yAxis: [
      { type: 'value', min: 0, max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10) },
      {
        type: 'value',
        min: 0,
        max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10),
        axisLabel: { formatter: '{value}%', hideOverlap: true },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: labels.score,
        type: 'bar',
        data: rows.map((r) => num(r.score)),
        itemStyle: { color: c.primary },
      },
      {
        name: labels.projected,
        type: 'bar',
        data: rows.map((r) => num(r.projected)),
        itemStyle: { color: '#8eafd4' },
      },
      {
        name: labels.rate,
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => num(r.rate)),
        itemStyle: { color: '#9a6700' },
      },
    ],
  }
}
