// The tables of a web page or a Word copy (the clipboard's text/html) as grids of cell text.
// A merged cell gives its text to its first position; the positions it covers stay empty, as in a
// printed table, so that the paste reader carries 一级/二级 down as it does for a copied PDF.

export type Grid = string[][]

/** Every <table> of the HTML, outermost first; empty when there is none. */
export function htmlTables(html: string, parser: DOMParser = new DOMParser()): Grid[] {
  const doc = parser.parseFromString(html, 'text/html')
  return [...doc.querySelectorAll('table')]
    .filter((t) => !t.parentElement?.closest('table'))
    .map(tableGrid)
    .filter((g) => g.some((row) => row.some((c) => c !== '')))
}

function tableGrid(table: HTMLTableElement): Grid {
  const grid: Grid = []
  /** Positions a cell above still covers, per row index. */
  const covered = new Map<number, Set<number>>()
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)
  rows.forEach((tr, r) => {
    const row: string[] = []
    const taken = covered.get(r) ?? new Set<number>()
    let col = 0
    for (const cell of [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH')) {
      while (taken.has(col)) row[col++] = ''
      const span = Math.max(1, Number(cell.getAttribute('colspan')) || 1)
      const down = Math.max(1, Number(cell.getAttribute('rowspan')) || 1)
      row[col] = cellText(cell as HTMLElement)
      for (let k = 1; k < span; k++) row[col + k] = ''
      for (let d = 1; d < down; d++) {
        const set = covered.get(r + d) ?? new Set<number>()
        for (let k = 0; k < span; k++) set.add(col + k)
        covered.set(r + d, set)
      }
      col += span
    }
    while (taken.has(col)) row[col++] = ''
    grid.push(row.map((c) => c ?? ''))
  })
  return grid
}

/** A cell's text with its line breaks (<br>, paragraphs) as "\n", spaces collapsed. */
function cellText(cell: HTMLElement): string {
  const parts: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '')
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName
      if (tag === 'BR') parts.push('\n')
      const block = /^(P|DIV|LI)$/.test(tag)
      if (block) parts.push('\n')
      node.childNodes.forEach(walk)
      if (block) parts.push('\n')
    }
  }
  cell.childNodes.forEach(walk)
  return parts
    .join('')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}
