import { COLUMN_TITLES, type ColumnKind } from './vocabulary'

const TITLES_LONGEST_FIRST = [...COLUMN_TITLES].sort((a, b) => b[0].length - a[0].length)

/**
 * The table's columns, left to right, read from its compacted header text: at each place the
 * longest known title wins ("指标值设置依据" before "指标值"); text between titles ("(%)") is skipped.
 */
export function columnsOf(headerText: string): ColumnKind[] {
  const text = headerText.normalize('NFKC').replace(/[:：*＊]/g, '')
  const columns: ColumnKind[] = []
  let at = 0
  while (at < text.length) {
    const hit = TITLES_LONGEST_FIRST.find(([title]) => text.startsWith(title, at))
    if (hit) {
      columns.push(hit[1])
      at += hit[0].length
    } else at++
  }
  return columns
}

export const REQUIRED_COLUMNS: readonly ColumnKind[] = ['name', 'target']
