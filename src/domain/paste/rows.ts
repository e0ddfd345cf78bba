// Reads indicator rows from the piece stream, column by column. Merged 一级/二级 cells are
// printed only on the first row of their group, so a row starts with zero, one or two level names.
import { continuesCell } from './cells'
import { joiner, type Piece } from './pieces'
import { isLevel1Only, isLevelName, isLevelPrefix, type ColumnKind } from './vocabulary'

export type RowCells = Partial<Record<ColumnKind, string>>

export interface RawRow {
  cells: RowCells
  line: number
}

export interface RowProblem {
  line: number
  text: string
  kind: 'incompleteRow'
}

export function readRows(
  pieces: readonly Piece[],
  columns: readonly ColumnKind[],
): { rows: RawRow[]; problems: RowProblem[] } {
  const fields = columns.filter((c) => c !== 'level1' && c !== 'level2')
  const hasLevels = columns.includes('level1') || columns.includes('level2')
  const rows: RawRow[] = []
  const problems: RowProblem[] = []
  let level1 = ''
  let level2 = ''
  let at = 0

  const readCell = (kind: ColumnKind, next: ColumnKind | undefined, seed?: string): string => {
    let text = seed ?? pieces[at++]!.text
    while (at < pieces.length && continuesCell(kind, text, pieces[at]!, next)) {
      text += joiner(pieces[at]!.before) + pieces[at]!.text
      at++
    }
    return text
  }

  const readLevelCell = (): string => {
    let text = pieces[at++]!.text
    while (at < pieces.length && pieces[at]!.before === 'blank' && isLevelPrefix(text + pieces[at]!.text)) {
      text += pieces[at++]!.text
    }
    return text
  }

  while (at < pieces.length) {
    const first = pieces[at]!
    const levels: string[] = []
    let nameSeed: string | undefined
    while (hasLevels && levels.length < 2 && at < pieces.length && isLevelPrefix(pieces[at]!.text)) {
      const cell = readLevelCell()
      if (!isLevelName(cell)) {
        nameSeed = cell // only looked like a level: it is the indicator's name
        break
      }
      levels.push(cell)
    }
    if (levels.length === 2) [level1, level2] = levels as [string, string]
    else if (levels.length === 1 && isLevel1Only(levels[0]!)) level1 = levels[0]!
    else if (levels.length === 1) level2 = levels[0]!

    const cells: RowCells = { level1, level2 }
    let complete = true
    fields.forEach((kind, k) => {
      if (!complete) return
      if (at >= pieces.length && !(k === 0 && nameSeed !== undefined)) {
        complete = false
        return
      }
      const seed = k === 0 ? nameSeed : undefined
      cells[kind] = readCell(kind, fields[k + 1], seed)
    })
    if (complete) rows.push({ cells, line: first.line })
    else problems.push({ line: first.line, text: first.text, kind: 'incompleteRow' })
  }
  return { rows, problems }
}
