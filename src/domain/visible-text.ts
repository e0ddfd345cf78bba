// Characters that draw nothing or reorder the text around them: C0/C1 controls (not tab or line
// breaks), zero-width characters, bidirectional embeddings, overrides and isolates, the BOM.
// A name made of them reads as blank, and a right-to-left override shows a name reversed; the text
// is kept where the user wrote it, cleaned where it is shown, and flagged by the checks.
// prettier-ignore
export const HIDDEN_CLASS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u115F\\u1160\\u180E' +
  '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u3164\\uFEFF\\uFFA0'
const HIDDEN = new RegExp(`[${HIDDEN_CLASS}]`)
const HIDDEN_ALL = new RegExp(`[${HIDDEN_CLASS}]`, 'g')

/** True when the text holds a character that draws nothing or reorders the text. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text)
}

/** The text as it should be shown: hidden characters removed, everything else as written. */
export function displayText(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, '') : text
}

/** True when something remains to be seen once hidden characters and white space are removed. */
export function hasVisibleText(text: unknown): text is string {
  return typeof text === 'string' && displayText(text).trim() !== ''
}

/** What two ids look like on screen: ids with the same key but different text are look-alikes. */
export function visibleKey(id: string): string {
  return displayText(id).normalize('NFKC')
}

/** The hidden characters of a text as code points ("U+202E"), for messages. */
export function hiddenCodePoints(text: string): string[] {
  return [...new Set(text.match(HIDDEN_ALL) ?? [])].map(
    (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  )
}
