// Text from users in CSV/TSV (the clipboard, text exports): a field starting with = + - @ (or a tab or
// carriage return before them) is taken for a formula when a spreadsheet opens it, so such text gets a
// leading apostrophe, the spreadsheets' own mark for "this is text". Not for xlsx: a string cell there
// is text already, and the apostrophe would show (src/excel writes plain string cells).
const FORMULA_START = /^[=+\-@\t\r]/

/** The text to put in a spreadsheet cell: unchanged unless it could start a formula. */
export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** The reverse on import: drops the apostrophe that spreadsheetSafeText added. */
export function fromSpreadsheetText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
