import { displayText } from '@/domain/visible-text'

// Excel refuses worksheet names over 31 characters, with any of []:*?/\ or starting/ending with an
// apostrophe, the reserved name History, and two sheets with one name (case-insensitive); ExcelJS
// throws on them, so every export names its worksheets here. WPS follows the same rules.
const MAX = 31
const FORBIDDEN = /[[\]:*?/\\]/g
const OPEN = '（('
const CLOSE = '）)'

/** Cuts at most `max` characters without leaving an unclosed bracket: the cut goes before its opening. */
function cut(name: string, max: number): string {
  const chars = Array.from(name)
  if (chars.length <= max) return name
  let end = max
  let open = -1
  for (let i = 0; i < end; i++) {
    if (OPEN.includes(chars[i]!)) open = i
    else if (CLOSE.includes(chars[i]!)) open = -1
  }
  if (open > 0) end = open
  return chars.slice(0, end).join('').trimEnd()
}

/** No apostrophe or space at either end, which a cut can leave behind ("某某'（2）" is fine). */
const ends = (name: string) => name.replace(/^['\s]+|['\s]+$/g, '')

/** A worksheet name Excel accepts, unique among `used` (which it is added to). */
export function safeSheetName(wanted: string, used: Set<string>): string {
  const text = ends(displayText(wanted).replace(FORBIDDEN, ' ').replace(/\s+/g, ' '))
  const clean = text && text.toLowerCase() !== 'history' ? text : 'Sheet'
  let name = ends(cut(clean, MAX)) || 'Sheet'
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = `（${n}）`
    name = `${ends(cut(clean, MAX - suffix.length))}${suffix}`
  }
  used.add(name.toLowerCase())
  return name
}
