// Reads indicator rows from the piece stream, column by column. Merged 一级/二级 cells are
// printed only on the first row of their group, so a row starts with zero, one or two level names
// (more where a blank indicator row printed only its levels).
import { continuesCell, hasShape } from './cells'
import { joiner, type Piece } from './pieces'
import {
  isLevel1Name,
  isLevel1Only,
  isLevelName,
  isLevelPrefix,
  SHAPED_KINDS,
  type ColumnKind,
} from './vocabulary'

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

/** What a blank cell is printed as. */
const PLACEHOLDER = /^[/／\-—–－无]+$/

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

  /** A level name, rejoined where a PDF or a narrow cell broke it ("社会效益" / "指标"). */
  const readLevelCell = (): string => {
    let text = pieces[at++]!.text
    while (
      at < pieces.length &&
      (pieces[at]!.before === 'blank' || pieces[at]!.before === 'line') &&
      isLevelPrefix(text + pieces[at]!.text)
    ) {
      text += pieces[at++]!.text
    }
    return text
  }

  const skipPlaceholders = () => {
    while (at < pieces.length && PLACEHOLDER.test(pieces[at]!.text)) at++
  }

  while (at < pieces.length) {
    const first = pieces[at]!
    const levels: string[] = []
    let nameSeed: string | undefined
    while (hasLevels && at < pieces.length && isLevelPrefix(pieces[at]!.text)) {
      const cell = readLevelCell()
      if (!isLevelName(cell)) {
        nameSeed = cell // only looked like a level: it is the indicator's name
        break
      }
      levels.push(cell)
      if (nameSeed === undefined) skipPlaceholders()
    }
    ;[level1, level2] = placeLevels(levels, level1, level2)
    if (at >= pieces.length && nameSeed === undefined) break // trailing blank rows

    const cells: RowCells = { level1, level2 }
    let complete = true
    fields.forEach((kind, k) => {
      if (!complete) return
      const seed = k === 0 ? nameSeed : undefined
      if (seed === undefined && SHAPED_KINDS.includes(kind)) {
        // A cell that announces itself and is not there was printed empty.
        if (at >= pieces.length || !hasShape(kind, pieces[at]!.text)) return
      }
      if (at >= pieces.length && seed === undefined) {
        complete = false
        return
      }
      cells[kind] = readCell(kind, fields[k + 1], seed)
    })
    if (complete) rows.push({ cells, line: first.line })
    else problems.push({ line: first.line, text: first.text, kind: 'incompleteRow' })
  }
  return { rows, problems }
}

/**
 * The 一级/二级 of a row from the level names printed before its name. Of several, the last two
 * count when the first of them can be a 一级; the others headed blank rows.
 */
function placeLevels(levels: readonly string[], level1: string, level2: string): [string, string] {
  if (levels.length === 0) return [level1, level2]
  if (levels.length === 1) return isLevel1Only(levels[0]!) ? [levels[0]!, level2] : [level1, levels[0]!]
  const last = levels.at(-1)!
  const beforeLast = levels.at(-2)!
  if (isLevel1Name(beforeLast)) return [beforeLast, last]
  const outer = levels.slice(0, -1).findLast((l) => isLevel1Name(l))
  return [outer ?? level1, last]
}
