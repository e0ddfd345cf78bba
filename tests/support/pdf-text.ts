// What a printed PDF says, for tests in both browsers: its pages' text through pdf.js (a project
// dependency, so no system tool is needed). Chromium's CJK subsets map some characters to their
// Kangxi-radical look-alikes (自 as ⾃), so the text is NFKC-normalised before it is compared.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of every page, in order; pieces of a page joined without spaces (Chinese has none). */
export async function pdfPagesText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages: string[] = []
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('')
    pages.push(text.normalize('NFKC').replace(/\s+/g, ''))
  }
  await doc.destroy()
  return pages
}
