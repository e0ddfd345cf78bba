// What a printed PDF says, for tests in both browsers: its pages' text through pdf.js (a project
// dependency, so no system tool is needed). Chromium's CJK subsets map some characters to their
// radical look-alikes (自 as ⾃, 页 as ⻚): NFKC undoes the Kangxi radicals, the table below the
// simplified-form radicals (U+2E80 block), which Unicode gives no decomposition.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const RADICALS: Record<string, string> = {
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻊': '足',
  '⻨': '麦',
}

/** The text of every page, in order; pieces of a page joined without spaces (Chinese has none). */
export async function pdfPagesText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages: string[] = []
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('')
    pages.push(
      text
        .normalize('NFKC')
        .replace(/[\u2e80-\u2eff]/g, (ch) => RADICALS[ch] ?? ch)
        .replace(/\s+/g, ''),
    )
  }
  await doc.destroy()
  return pages
}
