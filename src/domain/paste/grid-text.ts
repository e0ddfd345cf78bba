// A table read from HTML, Word, PDF or a workbook, as the tab-separated text the paste reader
// reads by position: one row a line, a cell's own line breaks joined.
import { flattenCell } from './normalize'

export function gridToText(grid: readonly (readonly string[])[]): string {
  return grid.map((row) => row.map((cell) => flattenCell(cell).replace(/\t/g, ' ')).join('\t')).join('\n')
}
