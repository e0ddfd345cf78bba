// Text from users goes into exported spreadsheets. A cell whose text starts with = + - @ (or a tab or
// carriage return before them) can be taken for a formula when the file is opened or edited, so such
// text gets a leading apostrophe, the convention spreadsheets themselves use for "this is text".
const FORMULA_START = /^[=+\-@\t\r]/

/** The text to put in a spreadsheet cell: unchanged unless it could start a formula. */
export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** The reverse on import: drops the apostrophe that spreadsheetSafeText added. */
export function fromSpreadsheetText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
