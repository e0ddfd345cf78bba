// Cells as Excel/WPS put them on the clipboard (tab-separated) or save them (CSV): a cell holding a
// line break, a tab or a quote is wrapped in double quotes, with inner quotes doubled. A quote that
// does not open a cell is text. Small enough to own and test (papaparse would add 20 KB for this).

/** Rows of cells; `separator` is a tab unless given. */
export function readDelimited(text: string, separator = '\t'): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  let atCellStart = true
  const s = text.replace(/\r\n?/g, '\n')
  while (i < s.length) {
    const ch = s[i]!
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the next quote that is not doubled.
      let j = i + 1
      let value = ''
      for (; j < s.length; j++) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            value += '"'
            j++
          } else break
        } else value += s[j]
      }
      if (j >= s.length) {
        // Never closed: the quote was text after all.
        cell += s.slice(i)
        break
      }
      cell += value
      i = j + 1
      atCellStart = false
      continue
    }
    atCellStart = false
    if (ch === separator) {
      row.push(cell)
      cell = ''
      atCellStart = true
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
    } else cell += ch
    i++
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
