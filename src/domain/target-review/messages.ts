// The wording of every finding, Chinese first. One table for the app and the command line, which
// cannot load the app's locale files; `{name}` placeholders take the finding's params.
import type { Message } from '../exchange'
import type { ReviewFinding, ReviewRuleId } from './types'

// prettier-ignore
export const REVIEW_MESSAGES: Readonly<Record<string, Message>> = {
  belowLastYear: {
    zh: '第 {row} 行“{name}”的指标值 {target} 不高于上年完成值 {lastYear}（正向指标）。',
    en: 'Row {row} "{name}": target {target} does not exceed last year\'s actual {lastYear} (a higher-is-better indicator).',
  },
  'belowLastYear.reverse': {
    zh: '第 {row} 行“{name}”的指标值 {target} 高于上年完成值 {lastYear}（反向指标）。',
    en: 'Row {row} "{name}": target {target} is above last year\'s actual {lastYear} (a lower-is-better indicator).',
  },
  'missingNumber.quantity': { zh: '第 {row} 行“{name}”是数量指标，但指标值没有数字。', en: 'Row {row} "{name}" is a quantity indicator but its target has no number.' },
  'missingNumber.quality': { zh: '第 {row} 行“{name}”是质量指标，但指标值没有数字（如合格率、达标率）。', en: 'Row {row} "{name}" is a quality indicator but its target has no number (a pass rate, a compliance rate).' },
  'missingNumber.timeliness': { zh: '第 {row} 行“{name}”是时效指标，但指标值没有数字（如及时率、完成时限）。', en: 'Row {row} "{name}" is a timeliness indicator but its target has no number (an on-time rate, a deadline).' },
  qualitativeOnQuantity: { zh: '第 {row} 行“{name}”在数量指标下写了定性指标值“{target}”。', en: 'Row {row} "{name}": a worded target "{target}" on a quantity line.' },
  lowSatisfaction: { zh: '第 {row} 行“{name}”的满意度目标 {target} 低于 {min}%。', en: 'Row {row} "{name}": satisfaction target {target} is below {min}%.' },
  'lowSatisfaction.noRate': { zh: '第 {row} 行“{name}”的满意度目标“{target}”没有写明比率（不低于 {min}%）。', en: 'Row {row} "{name}": the satisfaction target "{target}" states no rate (at least {min}%).' },
  noSatisfaction: { zh: '没有满意度指标。', en: 'The sheet has no satisfaction indicator.' },
  noBenefit: { zh: '没有效益指标（效益/社会效应）。', en: 'The sheet has no outcome (效益) indicator.' },
  'weightSplit.output': { zh: '产出指标（含成本）合计 {actual} 分，与 {expected} 分相差超过 {tolerance} 分。', en: 'Output indicators (with cost) carry {actual} points, more than {tolerance} away from {expected}.' },
  'weightSplit.benefit': { zh: '效益指标合计 {actual} 分，与 {expected} 分相差超过 {tolerance} 分。', en: 'Outcome indicators carry {actual} points, more than {tolerance} away from {expected}.' },
  'weightSplit.satisfaction': { zh: '满意度指标合计 {actual} 分，与 {expected} 分相差超过 {tolerance} 分。', en: 'Satisfaction indicators carry {actual} points, more than {tolerance} away from {expected}.' },
  similarNames: { zh: '第 {row} 行“{name}”与第 {other} 行“{otherName}”名称相近。', en: 'Row {row} "{name}" is nearly the same name as row {other} "{otherName}".' },
  'similarNames.exact': { zh: '第 {row} 行“{name}”与第 {other} 行重名。', en: 'Row {row} "{name}" repeats the name of row {other}.' },
  goalUnmeasured: { zh: '目标 {goal} 没有对应的绩效指标。', en: 'Goal {goal} has no indicator that measures it.' },
  'goalUnmeasured.quantities': { zh: '目标 {goal} 中的“{quantities}”没有对应的绩效指标。', en: 'Goal {goal}: "{quantities}" has no indicator.' },
  noEvidence: { zh: '第 {row} 行“{name}”没有写明佐证资料。', en: 'Row {row} "{name}" names no supporting evidence (佐证资料).' },
}

/** Short names of the rules, for a filter or a heading. */
export const RULE_TITLES: Readonly<Record<ReviewRuleId, Message>> = {
  belowLastYear: { zh: '不高于上年完成值', en: 'Not beyond last year' },
  missingNumber: { zh: '指标值缺数字', en: 'Target without a number' },
  qualitativeOnQuantity: { zh: '数量指标写定性值', en: 'Worded quantity target' },
  lowSatisfaction: { zh: '满意度偏低', en: 'Low satisfaction target' },
  noSatisfaction: { zh: '缺满意度指标', en: 'No satisfaction indicator' },
  noBenefit: { zh: '缺效益指标', en: 'No outcome indicator' },
  weightSplit: { zh: '权重偏离', en: 'Weights off the split' },
  similarNames: { zh: '名称重复', en: 'Duplicate names' },
  goalUnmeasured: { zh: '目标无指标', en: 'Goal not measured' },
  noEvidence: { zh: '缺佐证资料', en: 'No evidence named' },
}

export function describeFinding(f: Pick<ReviewFinding, 'messageKey' | 'params'>): Message {
  const template = REVIEW_MESSAGES[f.messageKey]
  if (!template) return { zh: f.messageKey, en: f.messageKey }
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => (k in f.params ? String(f.params[k]) : m))
  return { zh: fill(template.zh), en: fill(template.en) }
}
