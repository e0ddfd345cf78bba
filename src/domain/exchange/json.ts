// A JSON reader that keeps each number's source text ("100.00", "0.1000000000000000055"),
// so decimals stay exact. JSON.parse cannot: Node 20's reviver gets no source text.
// The values it builds are those JSON.parse would build; the raw texts come alongside, by path.
import { formatPath, type PathKey } from './path'

export type JsonReadResult =
  | { ok: true; value: unknown; rawNumbers: Map<string, string> }
  | { ok: false; line: number; column: number; reason: { zh: string; en: string } }

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// JSON strings may not hold raw control characters, hence the range in the class.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y

class JsonSyntaxError extends Error {
  constructor(
    readonly position: number,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en)
  }
}

/**
 * A number literal whose shortest form (String(Number(text))) is not its text: a trailing zero
 * ("100.00"), an exponent, a sign on zero, or more digits than a double holds. The pattern may
 * also fire inside a string; that only costs the slower, exact reader.
 */
const MAY_LOSE_DIGITS = /[:[,]\s*(?:-0|-?\d+\.\d*0(?![\d])|-?\d[\d.]{15,}|-?\d+(?:\.\d+)?[eE])/

/**
 * Parses JSON text. `rawNumbers` holds the source text of every number, by path, except where
 * that text is the number's shortest form anyway: then JSON.parse (far faster) did the work.
 */
export function readJson(text: string): JsonReadResult {
  if (!MAY_LOSE_DIGITS.test(text)) {
    try {
      return { ok: true, value: JSON.parse(text), rawNumbers: new Map() }
    } catch {
      // fall through: the exact reader says where the text goes wrong
    }
  }
  return readJsonKeepingNumbers(text)
}

function readJsonKeepingNumbers(text: string): JsonReadResult {
  const rawNumbers = new Map<string, string>()
  /** The keys leading to the value being read; a path string is built only for numbers. */
  const keys: PathKey[] = []
  let pos = 0

  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(pos)
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++
      else return
    }
  }
  const unexpected = (): never => {
    if (pos >= text.length) throw new JsonSyntaxError(pos, '内容意外结束。', 'Unexpected end of input.')
    const ch = text[pos]
    throw new JsonSyntaxError(pos, `意外的字符“${ch}”。`, `Unexpected character "${ch}".`)
  }
  const expect = (ch: string) => {
    skipWhitespace()
    if (text[pos] !== ch) unexpected()
    pos++
  }
  const readString = (): string => {
    STRING.lastIndex = pos
    const m = STRING.exec(text)
    if (!m) return unexpected()
    pos = STRING.lastIndex
    const token = m[0]
    return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1)
  }
  const readWord = <T>(word: string, value: T): T => {
    if (!text.startsWith(word, pos)) unexpected()
    pos += word.length
    return value
  }
  const readNumber = (): number => {
    NUMBER.lastIndex = pos
    const m = NUMBER.exec(text)
    if (!m) return unexpected()
    pos = NUMBER.lastIndex
    rawNumbers.set(formatPath(keys), m[0])
    return Number(m[0])
  }

  const readValue = (): unknown => {
    skipWhitespace()
    switch (text[pos]) {
      case '{':
        return readObject()
      case '[':
        return readArray()
      case '"':
        return readString()
      case 't':
        return readWord('true', true)
      case 'f':
        return readWord('false', false)
      case 'n':
        return readWord('null', null)
      default:
        return readNumber()
    }
  }

  const readObject = (): Record<string, unknown> => {
    pos++
    const obj: Record<string, unknown> = {}
    skipWhitespace()
    if (text[pos] === '}') {
      pos++
      return obj
    }
    for (;;) {
      skipWhitespace()
      if (text[pos] !== '"') unexpected()
      const key = readString()
      expect(':')
      keys.push(key)
      const value = readValue()
      keys.pop()
      // A "__proto__" key must become data, as with JSON.parse, not a prototype.
      if (key === '__proto__') {
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
      } else obj[key] = value
      skipWhitespace()
      if (text[pos] === ',') {
        pos++
        continue
      }
      expect('}')
      return obj
    }
  }

  const readArray = (): unknown[] => {
    pos++
    const list: unknown[] = []
    skipWhitespace()
    if (text[pos] === ']') {
      pos++
      return list
    }
    for (;;) {
      keys.push(list.length)
      list.push(readValue())
      keys.pop()
      skipWhitespace()
      if (text[pos] === ',') {
        pos++
        continue
      }
      expect(']')
      return list
    }
  }

  try {
    if (text.charCodeAt(0) === 0xfeff) pos = 1 // a byte-order mark, as editors on Windows write
    const value = readValue()
    skipWhitespace()
    if (pos < text.length) unexpected()
    return { ok: true, value, rawNumbers }
  } catch (e) {
    if (e instanceof RangeError) {
      return { ok: false, line: 1, column: 1, reason: { zh: '嵌套层次过深。', en: 'Nested too deeply.' } }
    }
    if (!(e instanceof JsonSyntaxError)) throw e
    return { ok: false, ...lineAndColumn(text, e.position), reason: { zh: e.zh, en: e.en } }
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return { line, column: position - before.lastIndexOf('\n') }
}
