// A JSON reader that keeps each number's source text ("100.00", "0.1000000000000000055"),
// so decimals stay exact. JSON.parse cannot: Node 20's reviver gets no source text.
// The values it builds are those JSON.parse would build; the raw texts come alongside, by path.
import { childPath } from './path'

export type JsonReadResult =
  | { ok: true; value: unknown; rawNumbers: Map<string, string> }
  | { ok: false; line: number; column: number; reason: { zh: string; en: string } }

const WHITESPACE = /[ \t\n\r]*/y
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

export function readJson(text: string): JsonReadResult {
  const rawNumbers = new Map<string, string>()
  let pos = 0

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos
    WHITESPACE.exec(text)
    pos = WHITESPACE.lastIndex
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
    if (!m) unexpected()
    pos = STRING.lastIndex
    return JSON.parse(m![0]) as string
  }

  const readValue = (path: string): unknown => {
    skipWhitespace()
    const ch = text[pos]
    if (ch === '{') return readObject(path)
    if (ch === '[') return readArray(path)
    if (ch === '"') return readString()
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length
        return value
      }
    }
    NUMBER.lastIndex = pos
    const m = NUMBER.exec(text)
    if (!m) return unexpected()
    pos = NUMBER.lastIndex
    rawNumbers.set(path, m[0])
    return Number(m[0])
  }

  const readObject = (path: string): Record<string, unknown> => {
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
      // defineProperty: a "__proto__" key must become data, as with JSON.parse.
      Object.defineProperty(obj, key, {
        value: readValue(childPath(path, key)),
        enumerable: true,
        writable: true,
        configurable: true,
      })
      skipWhitespace()
      if (text[pos] === ',') {
        pos++
        continue
      }
      expect('}')
      return obj
    }
  }

  const readArray = (path: string): unknown[] => {
    pos++
    const list: unknown[] = []
    skipWhitespace()
    if (text[pos] === ']') {
      pos++
      return list
    }
    for (;;) {
      list.push(readValue(childPath(path, list.length)))
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
    const value = readValue('')
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
