// Where each published table sits in the pasted text: its title, its header block,
// its column-header block and its rows.
import { wordsOf } from './pieces'
import { HEADER_WORDS } from './vocabulary'

export interface TableSection {
  kind: 'department' | 'project'
  /** 0-based line indexes into the pasted text. */
  titleLine: number
  headerStart: number
  /** First line of the column headers (一级指标 …); -1 when the table has none. */
  columnsStart: number
  /** First line of the indicator rows. */
  rowsStart: number
  /** One past the last line. */
  end: number
}

const TITLE = /^(.{0,20})绩效目标表$/
/** A numbered heading of the surrounding document ends a table: "(五) 其他需说明的事项", "十三、…". */
const DOCUMENT_HEADING =
  /^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/

const compact = (line: string) => line.replace(/[\s|｜]+/g, '')

export function findTables(lines: readonly string[]): TableSection[] {
  const titles = lines.flatMap((line, i) => {
    const c = compact(line)
    return c.length <= 30 && TITLE.test(c) ? [i] : []
  })
  return titles.map((titleLine, t) => {
    const limit = titles[t + 1] ?? lines.length
    const columnsStart = indexFrom(lines, titleLine + 1, limit, (c) => c.startsWith('一级'))
    const rowsStart = columnsStart < 0 ? limit : endOfColumnHeader(lines, columnsStart, limit)
    const heading = indexFrom(lines, rowsStart, limit, (c) => DOCUMENT_HEADING.test(c))
    return {
      kind: kindOf(lines, titleLine, limit),
      titleLine,
      headerStart: titleLine + 1,
      columnsStart,
      rowsStart,
      end: heading < 0 ? limit : heading,
    }
  })
}

function kindOf(lines: readonly string[], titleLine: number, limit: number): 'department' | 'project' {
  const title = compact(lines[titleLine]!)
  if (title.includes('项目')) return 'project'
  if (/部门|整体|单位/.test(title)) return 'department'
  return lines.slice(titleLine, limit).some((l) => compact(l).startsWith('项目名称'))
    ? 'project'
    : 'department'
}

function indexFrom(
  lines: readonly string[],
  from: number,
  to: number,
  test: (compacted: string) => boolean,
): number {
  for (let i = from; i < to; i++) if (test(compact(lines[i]!))) return i
  return -1
}

/** The column headers run while every word of a line is a fragment of a header word ("指标值设置依" / "据"). */
function endOfColumnHeader(lines: readonly string[], start: number, limit: number): number {
  let i = start
  while (i < limit) {
    const { words } = wordsOf(lines[i]!)
    if (words.length > 0 && !words.every((w) => HEADER_WORDS.some((h) => h.includes(w)))) break
    i++
  }
  return i
}

/** The compacted column-header text, e.g. "一级指标二级指标三级指标指标值…". */
export function columnHeaderText(lines: readonly string[], section: TableSection): string {
  return section.columnsStart < 0
    ? ''
    : compact(lines.slice(section.columnsStart, section.rowsStart).join(''))
}
