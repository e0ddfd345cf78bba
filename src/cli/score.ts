// The `score` command's output: the JSON of docs/exchange-format.md, or a readable table in Chinese.
import type { LedgerPackage } from '../domain/types'
import { FLAG_TEXT_ZH, LIGHT_SHORT_ZH as LIGHT_ZH } from '../domain/wording'
import { scorePackage, type IndicatorScore, type PackageScore, type SheetScore } from '../domain/scoring'

export interface ScoreOptions {
  asOf?: string
  json: boolean
}

/** The text for standard output, ending in a newline (write it as is). */
export function runScore(pkg: LedgerPackage, opts: ScoreOptions): string {
  const scores = scorePackage(pkg, opts.asOf)
  return opts.json ? `${JSON.stringify(toInterchange(scores), null, 2)}\n` : formatTable(scores)
}

/** Only the fields the contract names, in its order; the engine's extras stay in the app. */
export function toInterchange(scores: PackageScore): unknown {
  return {
    asOf: scores.asOf,
    sheets: scores.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      year: s.year,
      budget: {
        basis: s.budget.basis,
        executed: s.budget.executed,
        rate: s.budget.rate,
        weight: s.budget.weight,
        score: s.budget.score,
        light: s.budget.light,
      },
      indicators: s.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        target: i.target,
        actual: i.actual,
        weight: i.weight,
        score: i.score,
        light: i.light,
        flags: i.flags,
      })),
      total: s.total,
      max: s.max,
      complete: s.complete,
      projected: s.projected,
      grade: s.grade,
      light: s.light,
    })),
  }
}

const KIND_ZH = { department: '部门整体', project: '项目支出' } as const

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1
  return w
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)))
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? ''))))
  return rows.map((row) =>
    row
      .map((cell, c) => pad(cell, widths[c]!))
      .join('  ')
      .trimEnd(),
  )
}

function indicatorRow(i: IndicatorScore): string[] {
  const hints = i.flags.map((f) => FLAG_TEXT_ZH[f])
  if (i.overrideReason) hints.push(`调整理由：${i.overrideReason}`)
  return [
    i.name,
    i.target,
    i.actual ?? '—',
    String(i.weight),
    i.score ?? '—',
    LIGHT_ZH[i.light],
    hints.join('；'),
  ]
}

function formatSheet(s: SheetScore): string {
  const b = s.budget
  const lines = [
    `${s.name}  ${KIND_ZH[s.kind]} · ${s.year}年度  截至 ${s.asOf}，序时进度 ${s.timeProgress}%`,
    `预算执行率 ${b.rate}%（执行 ${b.executed} / 预算 ${b.basis} 万元）  分值 ${b.weight}  得分 ${b.score}  灯 ${LIGHT_ZH[b.light]}`,
    '',
    ...table([
      ['三级指标', '指标值', '实际完成值', '分值', '得分', '灯', '提示'],
      ...s.indicators.map(indicatorRow),
    ]),
    '',
    `总分 ${s.total} / ${s.max}  等级 ${s.grade}  年末预计 ${s.projected}  整体灯 ${LIGHT_ZH[s.light]}${s.complete ? '' : '  （尚不完整：有指标待评判或尚无填报）'}`,
  ]
  return lines.join('\n')
}

export function formatTable(scores: PackageScore): string {
  if (scores.sheets.length === 0) return '没有绩效目标表。\n'
  return `${scores.sheets.map(formatSheet).join('\n\n')}\n`
}
