// The pasted text as a stream of pieces: what stood between two spaces or line breaks, and how
// it was separated from the piece before. PDF extraction gives the layout away: a single line
// break separates two cells, an empty line is where a cell's text wrapped (or a new cell began),
// and a space separates cells unless it sits next to a digit ("＞=4 次", "2025 年工作要点").
// A row whose cells are separated by "|" or tabs (a Markdown, web-page or spreadsheet paste) gives
// one piece per cell, every boundary hard.

export type Boundary = 'start' | 'line' | 'blank' | 'space' | 'digitSpace'

export interface Piece {
  text: string
  /** 1-based line of the pasted text. */
  line: number
  before: Boundary
}

/** Boundaries that always end a cell. */
export function isHard(boundary: Boundary): boolean {
  return boundary === 'line' || boundary === 'space' || boundary === 'start'
}

/** How the text of one cell is put back together across a boundary. */
export function joiner(boundary: Boundary): string {
  return boundary === 'space' || boundary === 'digitSpace' ? ' ' : ''
}

export const CELL_SEPARATOR = /[|｜\t]/
/** "|---|:---:|": the rule under a Markdown header. */
const MARKDOWN_RULE = /^[\s|｜:-]+$/

/** The words of a line: cells where "|" separates them, else what spaces separate. */
export function wordsOf(line: string): { words: string[]; cells: boolean } {
  if (CELL_SEPARATOR.test(line)) {
    if (MARKDOWN_RULE.test(line)) return { words: [], cells: true }
    return {
      words: line
        .split(CELL_SEPARATOR)
        .map((c) => c.trim())
        .filter(Boolean),
      cells: true,
    }
  }
  return { words: line.trim().split(/\s+/).filter(Boolean), cells: false }
}

/**
 * One cell per line with a blank line after each ("产出指标", "", "数量指标", "" …), as a web page
 * copies: there the blank line separates cells instead of marking a wrap.
 */
export function isCellPerLine(lines: readonly string[]): boolean {
  const filled = lines.map((l) => l.trim() !== '')
  const count = filled.filter(Boolean).length
  return count >= 4 && filled.every((f, i) => !f || !filled[i + 1])
}

export function piecesOf(lines: readonly string[], firstLine: number): Piece[] {
  const blankIsLine = isCellPerLine(lines)
  const pieces: Piece[] = []
  let blankSincePrevious = false
  lines.forEach((raw, offset) => {
    const { words, cells } = wordsOf(raw)
    if (words.length === 0) {
      if (!cells) blankSincePrevious = true
      return
    }
    words.forEach((text, k) => {
      let before: Boundary
      if (k > 0 && cells) before = 'space'
      else if (k > 0) before = /\d$/.test(words[k - 1]!) || /^\d/.test(text) ? 'digitSpace' : 'space'
      else if (pieces.length === 0) before = 'start'
      else before = blankSincePrevious && !blankIsLine ? 'blank' : 'line'
      pieces.push({ text, line: firstLine + offset, before })
    })
    blankSincePrevious = false
  })
  return pieces
}

/** Lines of prose put back together: no space inside Chinese, one space beside a number ("为 993 个"). */
export function joinProse(lines: readonly string[]): string {
  let text = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    const beside = /[0-9A-Za-z%]$/.test(text) && /^[\u3400-\u9fff]/.test(line)
    const before = /[\u3400-\u9fff]$/.test(text) && /^[0-9A-Za-z]/.test(line)
    text += text && (beside || before) ? ` ${line}` : line
  }
  return text
}
