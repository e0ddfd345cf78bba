// 定性 targets: judgement phrases with no number ("有效提升"). Every number-free target is
// qualitative (parse.ts); this vocabulary only helps the paste reader tell a value cell from the
// text around it and rejoin a phrase wrapped across lines.

/** Words that make a number-free text a judgement phrase. */
// prettier-ignore
export const QUALITATIVE_KEYWORDS: readonly string[] = [
  '提升', '提高', '改善', '达到', '完成', '有效', '显著', '明显', '良好', '持续', '稳步', '逐步',
  '预期', '合格', '保障', '增强', '促进', '优良', '优秀', '达标', '长期', '稳定', '加强', '规范',
  '完善', '健全', '满意', '改进', '增加', '降低', '减少', '推动', '发挥', '得到', '有所', '进一步',
  '及时', '到位', '正常', '充分', '大幅', '较好', '较大', '积极', '顺利', '按时', '按期',
]

/** Common complete phrases; the paste reader uses them to join a phrase wrapped across lines. */
// prettier-ignore
export const QUALITATIVE_PHRASES: readonly string[] = [
  '有效提升', '逐步提高', '达到预期', '显著改善', '明显提升', '持续改善', '稳步提升', '长期', '良好',
  '合格', '显著提升', '明显改善', '有所提升', '有所提高', '有效改善', '持续提升', '逐步改善', '逐步提升',
  '进一步提升', '进一步提高', '得到提升', '大幅提升', '达到预期目标', '长期有效', '长期稳定', '持续发挥作用',
  '逐年提高', '稳步提高', '有效提高', '明显提高', '显著提高', '优良', '优秀', '达标', '稳定', '及时', '到位',
  '规范', '有效', '提升', '提高', '改善', '较好', '正常运转', '保障有力', '有效保障', '有力保障',
]

/** A qualitative target is short; a longer number-free text is prose, not a target. */
const MAX_QUALITATIVE_LENGTH = 20

export function isQualitativeText(text: string): boolean {
  const compact = text.replace(/\s+/g, '')
  if (compact.length === 0 || compact.length > MAX_QUALITATIVE_LENGTH || /\d/.test(compact)) return false
  return QUALITATIVE_KEYWORDS.some((word) => compact.includes(word))
}

/** True when `text` is the beginning (or all) of a known phrase, e.g. "有效" of "有效提升". */
export function isQualitativePhrasePrefix(text: string): boolean {
  const compact = text.replace(/\s+/g, '')
  return compact.length > 0 && QUALITATIVE_PHRASES.some((phrase) => phrase.startsWith(compact))
}
