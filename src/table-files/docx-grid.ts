// The tables of a Word .docx as grids of cell text: word/document.xml read with jszip (loaded
// only when a .docx is opened). Merged cells as in html-grid.ts: gridSpan and vMerge leave the
// covered positions empty.
import type { Grid } from './html-grid'

export async function docxTables(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(data)
  const xml = await zip.file('word/document.xml')?.async('string')
  if (xml === undefined) throw new Error('word/document.xml missing')
  return tablesOfXml(xml)
}

/** Top-level <w:tbl> elements; a table nested in a cell is read as that cell's text. */
export function tablesOfXml(xml: string): Grid[] {
  const grids: Grid[] = []
  for (const table of topLevel(xml, 'w:tbl')) {
    const grid: Grid = []
    for (const tr of topLevel(inner(table), 'w:tr')) {
      const row: string[] = []
      for (const tc of topLevel(inner(tr), 'w:tc')) {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1)
        // <w:vMerge/> (no val or val="continue") continues the cell above: printed empty.
        const continues = /<w:vMerge(?: w:val="continue")?\s*\/>/.test(tc)
        row.push(continues ? '' : cellText(tc), ...Array<string>(span - 1).fill(''))
      }
      grid.push(row)
    }
    grids.push(grid)
  }
  return grids
}

function cellText(tc: string): string {
  return [...tc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
        .map((m) => (m[2] === 'tab' ? ' ' : m[2] === 'br' ? '\n' : decode(m[1]!)))
        .join(''),
    )
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The body of an element's outer text. */
function inner(element: string): string {
  return element.slice(element.indexOf('>') + 1, element.lastIndexOf('</'))
}

/** Elements `tag` in `xml` that are not inside another `tag`, as outer text. */
function topLevel(xml: string, tag: string): string[] {
  const open = new RegExp(`<${tag}[ >]|</${tag}>`, 'g')
  const found: string[] = []
  let depth = 0
  let start = 0
  for (const m of xml.matchAll(open)) {
    if (m[0].startsWith('</')) {
      depth--
      if (depth === 0) found.push(xml.slice(start, m.index + m[0].length))
    } else {
      if (depth === 0) start = m.index
      depth++
    }
  }
  return found
}
