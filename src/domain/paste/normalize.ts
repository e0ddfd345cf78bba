// The pasted text, one table row a line: a spreadsheet's quoted cells that hold line breaks, and
// web-page rows that a copy broke over several lines, are put back on one line each.

/** Text inside one cell: its line breaks dropped between Chinese, kept as a space beside Latin. */
export function flattenCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce(
      (acc, l) => (acc && /[0-9A-Za-z]$/.test(acc) && /^[0-9A-Za-z]/.test(l) ? `${acc} ${l}` : acc + l),
      '',
    )
}

/**
 * Excel and WPS copy a cell holding a line break as "…"quoted"…": read the tab-separated text
 * with its quotes, each row then on one line, cells joined by tabs again.
 */
export function unquoteTabText(text: string): string {
  if (!text.includes('\t') || !/(^|\t)"/m.test(text)) return text
  const rows: string[][] = [[]]
  // Line breaks read inside quotes, per row: as many blank lines follow it, so line numbers hold.
  const inner: number[] = [0]
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') inner[inner.length - 1]!++
        cell += ch
      }
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === '\t') {
      rows.at(-1)!.push(flattenCell(cell))
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      rows.at(-1)!.push(flattenCell(cell))
      cell = ''
      rows.push([])
      inner.push(0)
    } else cell += ch
  }
  rows.at(-1)!.push(flattenCell(cell))
  return rows.map((r, k) => r.join('\t') + '\n'.repeat(inner[k]!)).join('\n')
}

const OPENS_ROW = /^\s*[|｜]/
const CLOSES_ROW = /[|｜]\s*$/

/**
 * A web-page table copied as "| a | b |" rows: a row that opens with "|" and does not close goes
 * on over the next lines (a cell per line, or a cell's text wrapped) until one closes it.
 */
export function joinBrokenPipeRows(lines: readonly string[]): string[] {
  const out: string[] = []
  let open: string | null = null
  let absorbed = 0
  const close = (row: string) => {
    // Blank lines where the absorbed lines stood, so that line numbers still point at the paste.
    out.push(row, ...Array<string>(absorbed).fill(''))
    open = null
    absorbed = 0
  }
  for (const line of lines) {
    if (open !== null) {
      absorbed++
      if (line.trim() === '') continue
      // A line starting with "|" is the next cell; one without it carries on the cell before.
      open += line.trim()
      if (CLOSES_ROW.test(line)) close(open)
      continue
    }
    if (OPENS_ROW.test(line) && !CLOSES_ROW.test(line) && line.trim().length > 1) open = line.trim()
    else out.push(line)
  }
  if (open !== null) close(open)
  return out
}

/** The pasted text as lines, one table row each. */
export function linesOf(text: string): string[] {
  const lines = unquoteTabText(text).split(/\r\n|\r|\n/)
  return lines.some((l) => OPENS_ROW.test(l)) ? joinBrokenPipeRows(lines) : lines
}
