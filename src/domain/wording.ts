// The official Chinese wording of lights, flags and the override remark, for every place that
// prints Chinese without the app's locale: the workbooks (src/excel) and the command line (src/cli).
// The zh-CN locale says the same words on screen; a unit test holds the two together.
import type { Flag, Light } from './vocabulary'

/** What each light means on the 绩效监控表 (docs/domain.md §4); "none" prints as nothing. */
export const LIGHT_MEANING_ZH: Readonly<Record<Light, string>> = {
  green: '正常',
  yellow: '滞后',
  red: '严重滞后',
  blue: '超前',
  none: '未判定',
}

/** A light with its meaning, as the 备注 column of the monitoring workbook writes it: "红灯（严重滞后）". */
export const LIGHT_REMARK_ZH: Readonly<Record<Light, string>> = {
  green: '绿灯（正常）',
  yellow: '黄灯（滞后）',
  red: '红灯（严重滞后）',
  blue: '蓝灯（超前）',
  none: '',
}

/** One character per light, for the command line's narrow table. */
export const LIGHT_SHORT_ZH: Readonly<Record<Light, string>> = {
  green: '绿',
  yellow: '黄',
  red: '红',
  blue: '蓝',
  none: '—',
}

/** The mark of a score a reviewer set in place of the computed one. */
export const OVERRIDE_REMARK_ZH = '得分经审核调整'

/** The engine's remarks on an indicator. */
export const FLAG_TEXT_ZH: Readonly<Record<Flag, string>> = {
  overshoot: '超出目标较多，需说明原因',
  override: OVERRIDE_REMARK_ZH,
  notApplicable: '不适用',
  needsJudgement: '待评判',
  noData: '尚无填报',
  badTarget: '指标值无法识别',
}

/** The override remark of the self-assessment form: "【得分经审核调整，原计算得分 18.00】理由". */
export function overrideRemarkZh(computedScore: string, reason: string): string {
  return `【${OVERRIDE_REMARK_ZH}，原计算得分 ${computedScore}】${reason}`
}
