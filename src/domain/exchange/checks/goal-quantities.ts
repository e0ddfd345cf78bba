// The counted quantities a goal promises ("993 个执勤房", "2.7 万人"), in comparable form.
import { dec, type Decimal } from '../../decimal'

export interface Quantity {
  /** As written in the goal, e.g. "2.7 万人". */
  text: string
  /** Value in the unit's base (万人 → 人). */
  value: Decimal
  /** Units that count the same things share a class: 场 and 次 both count events. */
  unitClass: string
  /** The sentence the quantity stands in, to check an indicator talks about the same thing. */
  sentence: string
}

/** unit → [class, factor to the class's base]. Percentages and years are left out on purpose:
 *  in goal prose they describe rules ("1% 中的 50%") and dates, not targets; amounts of money
 *  too: "安排资金 30 万元", "2026400 元" state the budget, which no indicator restates. */
// prettier-ignore
const COUNT_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  万人次: ['人次', '10000'], 人次: ['人次', '1'],
  万人: ['人', '10000'], 人: ['人', '1'], 名: ['人', '1'], 位: ['人', '1'],
  场次: ['次', '1'], 场: ['次', '1'], 次: ['次', '1'], 期: ['次', '1'], 届: ['次', '1'], 轮: ['次', '1'], 批: ['次', '1'],
  个: ['个', '1'], 份: ['份', '1'], 家: ['家', '1'], 户: ['户', '1'], 所: ['所', '1'], 篇: ['篇', '1'],
  件: ['件', '1'], 台: ['台', '1'], 册: ['册', '1'], 项: ['项', '1'], 处: ['处', '1'], 座: ['座', '1'],
  间: ['间', '1'], 套: ['套', '1'], 本: ['本', '1'], 条: ['条', '1'],
}

const UNIT_PATTERN = Object.keys(COUNT_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})`, 'g')
const SENTENCE_END = /[。；;！!？?]/

export function quantitiesIn(goal: string): Quantity[] {
  const text = goal.normalize('NFKC')
  const found: Quantity[] = []
  for (const sentence of text.split(SENTENCE_END)) {
    for (const m of sentence.matchAll(QUANTITY)) {
      const [unitClass, factor] = COUNT_UNITS[m[2]!]!
      found.push({ text: `${m[1]} ${m[2]}`, value: dec(m[1]!).times(factor), unitClass, sentence })
    }
  }
  return found
}

/** A target's value and unit in the same comparable form; null when its unit is not a count. */
export function comparableTarget(value: string, unit: string): { value: Decimal; unitClass: string } | null {
  const entry = COUNT_UNITS[unit]
  return entry ? { value: dec(value).times(entry[1]), unitClass: entry[0] } : null
}
