// "四次", "两个", "十二项": a small count written in Chinese numerals, as some tables print it.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const COUNT =
  /^([零一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(个|次|项|场|家|人|户|所|期|篇|份|台|件|套|批|轮|届|处|座|间|条|名|位|本|册)$/

/** The text with its Chinese count in digits ("四次" → "4次"); null when it is not one. */
export function readChineseCount(text: string): string | null {
  const m = COUNT.exec(text)
  if (!m) return null
  const numeral = m[1]!
  const at = numeral.indexOf('十')
  const value =
    at < 0
      ? DIGITS[numeral]!
      : (at === 0 ? 1 : DIGITS[numeral[0]!]!) * 10 + (numeral[at + 1] ? DIGITS[numeral[at + 1]!]! : 0)
  return `${value}${m[2]}`
}
