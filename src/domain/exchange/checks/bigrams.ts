// Two-character windows of Chinese text: a cheap way to tell whether two phrases talk about the same thing.

/** Bigrams too common in budget prose to show that a goal and an indicator are related. */
// prettier-ignore
const STOP_BIGRAMS = new Set([
  '开展', '工作', '提升', '提高', '加强', '推进', '进行', '相关', '按照', '根据', '单位', '各项', '其中',
  '组织', '目标', '年度', '全年', '完成', '实施', '持续', '深入', '围绕', '重点', '水平', '以上', '进一',
  '一步', '有效', '保障', '服务', '建设', '管理', '发展', '我单', '全州', '全县', '全市', '全区', '为核', '核心',
])

const CJK_RUN = /[\u3400-\u9fff]+/g

export function meaningfulBigrams(text: string): Set<string> {
  const grams = new Set<string>()
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2)
      if (!STOP_BIGRAMS.has(gram)) grams.add(gram)
    }
  }
  return grams
}

export function sharesBigram(a: Set<string>, b: Set<string>): boolean {
  for (const gram of a) if (b.has(gram)) return true
  return false
}
