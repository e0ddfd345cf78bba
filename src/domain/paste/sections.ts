// Where each published table sits in the pasted text: its header block, its column-header rows
// and its indicator rows. A table is found by its column header (一级指标 … 指标值 …), wherever
// it stands and whatever its title says; a title only marks where the header block begins.
import { columnsOf } from './columns'
import { wordsOf } from './pieces'
import { HEADER_WORDS, INDICATOR_KINDS } from './vocabulary'

export interface TableSection {
  kind: 'department' | 'project'
  /** 0-based line indexes into the pasted text. The title, or the first line of the table. */
  titleLine: number
  headerStart: number
  /** First line of the column headers (一级指标 …); -1 when the table has none. */
  columnsStart: number
  /** First line of the indicator rows. */
  rowsStart: number
  /** One past the last line. */
  end: number
}

/** "…绩效目标表", "…绩效目标申报表", "部门整体支出绩效目标表", a bare "绩效目标表". */
const TITLE = /绩效目标(申报|批复|审核)?表/
/** A numbered heading of the surrounding document ends a table: "(五) 其他需说明的事项", "十三、…". */
const DOCUMENT_HEADING =
  /^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/
/** The first label of a header block: after indicator rows it opens the next table. */
const BLOCK_OPENER =
  /^(项目名称|部门名称|单位名称|预算单位|填报单位|主管部门|项目主管部门|实施单位|项目单位)(?![\u3400-\u9fff]*(率|数|量|度|性)$)/

const compact = (line: string) => line.replace(/[\s|｜]+/g, '')

/** A line that is a column header: it names at least two of the indicator's columns. */
export function isColumnHeaderLine(line: string): boolean {
  const c = compact(line)
  if (c.startsWith('一级指标') || /^一级(二级|$)/.test(c)) return true
  if (c.length > 120) return false
  const kinds = new Set(columnsOf(c).filter((k) => INDICATOR_KINDS.includes(k)))
  return kinds.size >= 2 && (kinds.has('name') || kinds.has('level1'))
}

export function findTables(lines: readonly string[]): TableSection[] {
  const isTitle = (i: number) => {
    const c = compact(lines[i]!)
    return c.length <= 40 && TITLE.test(c) && !isColumnHeaderLine(lines[i]!)
  }
  const headers: number[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!isColumnHeaderLine(lines[i]!)) continue
    headers.push(i)
    i = endOfColumnHeader(lines, i, lines.length) - 1
  }
  const titles = lines.flatMap((_, i) => (isTitle(i) ? [i] : []))
  const sections: TableSection[] = []
  let previousEnd = 0
  headers.forEach((columnsStart, t) => {
    const nextHeader = headers[t + 1] ?? lines.length
    const title = titles.findLast((i) => i >= previousEnd && i < columnsStart)
    const start = title ?? firstFilled(lines, previousEnd, columnsStart)
    const rowsStart = endOfColumnHeader(lines, columnsStart, nextHeader)
    const end = endOfRows(lines, rowsStart, nextHeader, isTitle)
    sections.push({
      kind: kindOf(lines, start, end),
      titleLine: start,
      headerStart: title === undefined ? start : start + 1,
      columnsStart,
      rowsStart,
      end,
    })
    previousEnd = end
  })
  // A title with no column header under it: a table the reader can only report.
  for (const title of titles) {
    if (sections.some((s) => title >= s.titleLine && title < s.end)) continue
    const next = [...titles, lines.length].find((i) => i > title)!
    sections.push({
      kind: kindOf(lines, title, next),
      titleLine: title,
      headerStart: title + 1,
      columnsStart: -1,
      rowsStart: next,
      end: next,
    })
  }
  return sections.sort((a, b) => a.titleLine - b.titleLine)
}

function firstFilled(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i]!.trim() !== '') return i
  return to
}

/** Rows run to the next title, document heading or header block, or to the next table's header. */
function endOfRows(
  lines: readonly string[],
  from: number,
  limit: number,
  isTitle: (i: number) => boolean,
): number {
  for (let i = from; i < limit; i++) {
    const c = compact(lines[i]!)
    if (isTitle(i) || DOCUMENT_HEADING.test(c) || BLOCK_OPENER.test(c)) return i
  }
  return limit
}

function kindOf(lines: readonly string[], start: number, limit: number): 'department' | 'project' {
  const title = compact(lines[start] ?? '')
  if (TITLE.test(title)) {
    if (/部门整体|整体支出|部门(预算)?绩效目标表$|单位整体/.test(title)) return 'department'
    if (title.includes('项目')) return 'project'
  }
  return lines.slice(start, limit).some((l) => /^项目名称/.test(compact(l))) ? 'project' : 'department'
}

/** The column headers run while every word of a line is a fragment of a header word ("指标值设置依" / "据"). */
function endOfColumnHeader(lines: readonly string[], start: number, limit: number): number {
  let i = start + 1
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
