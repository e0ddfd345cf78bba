// Text from files goes to a terminal only through here. Escape sequences in a name (clear screen,
// colours, a window title, a hyperlink) would otherwise act on the terminal, and bidirectional
// overrides would show a line reversed. Human-readable output loses them; JSON output keeps every
// character but writes the hidden ones as \uXXXX escapes, which JSON readers turn back into the same text.
import { HIDDEN_CLASS } from '../domain/visible-text'

// ESC [ … final (CSI), ESC ] … BEL or ESC \ (OSC), ESC P/X/^/_ … ESC \ (DCS and friends), ESC + one
// character, and the one-byte C1 forms of CSI (U+009B) and OSC (U+009D).
const SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[\s\S]?/g
// The characters the app leaves out where text is shown, and the carriage return, which would let a
// line overwrite the one before it.
const HIDDEN = new RegExp(`[\\r${HIDDEN_CLASS}]`, 'g')

/** Human-readable text with every escape sequence and hidden character removed. */
export function terminalText(text: string): string {
  return text.replace(SEQUENCES, '').replace(HIDDEN, '')
}

/** JSON text with each hidden character outside the printable range written as a \uXXXX escape. */
export function terminalJson(json: string): string {
  return json.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
