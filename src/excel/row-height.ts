// Row heights for wrapped text: LibreOffice and WPS keep a row's default height, so a long cell would
// overlap the next row unless the workbook says how high the row is.

/** Row height (points) for a text wrapped in a cell `width` characters wide; a CJK character counts 2. */
export function wrappedRowHeight(text: string | undefined, width: number): number {
  const units = [...(text ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0)
  return Math.max(20, Math.ceil(units / Math.max(1, width - 1)) * 15)
}
