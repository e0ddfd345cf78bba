import { COLUMN_MARKERS, type ColumnKind } from './vocabulary'

/** The table's columns, left to right, read from its compacted header text. */
export function columnsOf(headerText: string): ColumnKind[] {
  return COLUMN_MARKERS.flatMap(([kind, marker]) => {
    const m = marker.exec(headerText)
    return m ? [{ kind, at: m.index }] : []
  })
    .sort((a, b) => a.at - b.at)
    .map((c) => c.kind)
}

export const REQUIRED_COLUMNS: readonly ColumnKind[] = ['name', 'target', 'weight']
