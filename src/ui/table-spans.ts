/**
 * Row spans for the merged 一级/二级指标 cells of a published target table: a cell spans the run of
 * following rows with the same value (and, for inner columns, the same outer values).
 * Returns per row the span (0 = covered by the cell above).
 */
export function mergedRowSpans<T>(rows: readonly T[], keys: readonly ((row: T) => string)[]): number[][] {
  return keys.map((_, column) => {
    const spans = new Array<number>(rows.length).fill(0)
    let start = 0
    for (let i = 1; i <= rows.length; i++) {
      const same =
        i < rows.length && keys.slice(0, column + 1).every((key) => key(rows[i]!) === key(rows[start]!))
      if (!same) {
        spans[start] = i - start
        start = i
      }
    }
    return spans
  })
}
