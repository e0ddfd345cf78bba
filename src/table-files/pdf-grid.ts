// A text-based PDF's tables as grids: pdf.js (loaded only when a PDF is opened) gives each piece
// of text with its position; lines are rebuilt from the y coordinates, and cells from the x
// positions of the column header's words. A scanned PDF has no text and gives no grid.
import { isColumnHeaderLine } from '../domain/paste/sections'
import type { Grid } from './html-grid'

export interface TextPiece {
  text: string
  x: number
  y: number
  width: number
  height: number
}

export async function pdfTables(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  if (typeof window !== 'undefined' && !pdfjs.GlobalWorkerOptions.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = (
      await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')
    ).default
  }
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise
  const pages: TextPiece[][] = []
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent()
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                text: item.str,
                x: item.transform[4],
                y: item.transform[5] - p * 100000,
                width: item.width,
                height: item.height || 10,
              },
            ]
          : [],
      ),
    )
  }
  return [piecesGrid(pages.flat())]
}

/**
 * Pieces (pages already stacked) as one grid. Lines: pieces whose y lie within half a line
 * height, top to bottom. Above the column header each line is one cell a piece; from the header
 * on, a piece goes to the column whose header word starts at or left of it.
 */
export function piecesGrid(pieces: readonly TextPiece[]): Grid {
  const lines = linesOf(pieces)
  const headerAt = lines.findIndex((l) => isColumnHeaderLine(l.map((p) => p.text).join(' ')))
  if (headerAt < 0) return lines.map((l) => l.map((p) => p.text))
  const starts = lines[headerAt]!.map((p) => p.x)
  const column = (p: TextPiece) => {
    const centre = p.x + p.width / 2
    let k = 0
    while (k + 1 < starts.length && starts[k + 1]! - 2 <= centre) k++
    return k
  }
  const grid: Grid = lines.slice(0, headerAt).map((l) => l.map((p) => p.text))
  let previousY: number | null = null
  let previous: string[] | null = null
  for (const line of lines.slice(headerAt)) {
    const cells = Array<string>(starts.length).fill('')
    for (const p of line) cells[column(p)] += p.text
    const y = line[0]!.y
    const height = Math.max(...line.map((p) => p.height))
    // A line close under the one before is a cell's text wrapped: it joins that row.
    if (previous && previousY !== null && previousY - y < height * 1.3 && grid.length > headerAt + 1) {
      cells.forEach((c, k) => (previous![k] += c))
    } else {
      grid.push(cells)
      previous = cells
    }
    previousY = y
  }
  return grid
}

function linesOf(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: TextPiece[][] = []
  for (const p of sorted) {
    const line = lines.at(-1)
    if (line && Math.abs(line[0]!.y - p.y) <= Math.max(line[0]!.height, p.height) / 2) line.push(p)
    else lines.push([p])
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x))
}
