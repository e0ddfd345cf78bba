// Units seen in published 指标值 cells. parseTarget accepts any non-numeric trailer as the unit;
// this list is what the paste reader trusts when a unit was printed on a line of its own.
import { normalizeTargetText } from './comparators'

// prettier-ignore
export const KNOWN_UNITS: readonly string[] = [
  '次', '家', '人', '个', '项', '场', '场次', '天', '日', '月', '年', '%', '‰',
  '万元', '元', '亿元', '千元', '平方米', '立方米', '公里', '千米', '米', '吨', '千克', '公斤',
  '户', '所', '期', '篇', '份', '台', '件', '册', '套', '本', '部', '条', '批', '轮', '届', '处', '座', '间',
  '人次', '万人', '万人次', '名', '位', '课时', '学时', '小时', '分钟', '工作日', '个月', '周', '季度',
  '亩', '公顷', '辆', '棵', '株', '头', '只', '张', '块', '栋', '幢', '宗', '起', '例', '床', '分',
]

const UNIT_SET = new Set(KNOWN_UNITS)

/** True for a unit on the list, after the same normalisation parseTarget applies (％ → %). */
export function isKnownUnit(text: string): boolean {
  return UNIT_SET.has(normalizeTargetText(text))
}
