// A file the user picked, as bytes, becomes a package or exactly one message saying why not.
// Cheap checks come first (empty, too big, a known binary format, not UTF-8 text), so a wrong file
// is named for what it is instead of failing somewhere in the JSON reader.
import { utf8Text } from '../files/utf8-text'
import type { LedgerPackage } from '../types'
import { hasErrors, type Issue, type Message } from './issues'
import { readJson } from './json'
import { formatPath, type PathKey } from './path'
import { readParsed } from './read'

/** An exchange file of one prefecture union for several years stays far below this. */
export const MAX_EXCHANGE_BYTES = 20 * 1024 * 1024

/** Real packages nest about 7 levels (sheets → indicators → plan → milestone); extra keys may add some. */
export const MAX_DEPTH = 48

export type FileProblem =
  | 'empty'
  | 'backup'
  | 'tooLarge'
  | 'workbook'
  | 'notWorkbook'
  | 'binary'
  | 'utf16'
  | 'notUtf8'
  | 'blank'
  | 'notJson'
  | 'tooDeep'
  | 'invalid'

export type FileVerdict =
  | { ok: true; pkg: LedgerPackage; warnings: Issue[]; suspiciousText: SuspiciousText[] }
  | { ok: false; problem: FileProblem; message: Message }

export interface SuspiciousText {
  path: string
  text: string
  kind: 'markup' | 'formula'
}

interface Signature {
  bytes: readonly number[]
  zh: string
  en: string
}

const SIGNATURES: readonly Signature[] = [
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    zh: '旧版 Office 文件（.xls/.doc）',
    en: 'an old Office file (.xls/.doc)',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], zh: ' PDF 文件', en: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: ' PNG 图片', en: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: ' JPEG 图片', en: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: ' GIF 图片', en: 'a GIF image' },
  { bytes: [0x1f, 0x8b], zh: ' gzip 压缩文件', en: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], zh: ' RAR 压缩文件', en: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], zh: ' 7z 压缩文件', en: 'a 7z archive' },
]

const ZIP = [0x50, 0x4b, 0x03, 0x04]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

function fail(problem: FileProblem, zh: string, en: string): FileVerdict {
  return { ok: false, problem, message: { zh, en } }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} B`
}

/** Reads an exchange file. `name` is only used to recognise what the file claims to be. */
export function readExchangeFile(bytes: Uint8Array, name: string): FileVerdict {
  const lower = name.toLowerCase()
  const claimsWorkbook = /\.(xlsx|xlsm|xls|et)$/.test(lower)
  if (bytes.length === 0) return fail('empty', '文件是空的（0 字节）。', 'The file is empty (0 bytes).')
  // Before the size limit: a backup holds every attachment and is often larger than any exchange file.
  if (
    /^\uFEFF?\s*\{\s*"format"\s*:\s*"perf-ledger-backup"/.test(
      new TextDecoder().decode(bytes.subarray(0, 80)),
    )
  ) {
    return fail(
      'backup',
      '这是备份文件，不是数据交换文件；请在“数据”页的“备份与恢复”中用“恢复”打开它。',
      'This is a backup, not an exchange file; open it with "Restore" under "Backup and restore" on the Data page.',
    )
  }
  if (bytes.length > MAX_EXCHANGE_BYTES) {
    return fail(
      'tooLarge',
      `文件太大（${formatSize(bytes.length)}），数据交换文件不能超过 ${formatSize(MAX_EXCHANGE_BYTES)}。`,
      `The file is too large (${formatSize(bytes.length)}); an exchange file may be at most ${formatSize(MAX_EXCHANGE_BYTES)}.`,
    )
  }
  if (startsWith(bytes, ZIP)) {
    return fail(
      'workbook',
      '这是 Excel 工作簿或压缩包，不是数据交换文件。请选择本程序导出的 .json 或 .zip 文件。',
      'This is an Excel workbook or a zip archive, not an exchange file. Choose a .json or .zip file exported by this program.',
    )
  }
  if (claimsWorkbook) {
    return fail(
      'notWorkbook',
      '文件名是 Excel 工作簿，但内容不是有效的工作簿（文件已损坏）；数据交换文件应为 .json。',
      'The name says Excel workbook but the content is not a valid workbook (the file is damaged); exchange files are .json.',
    )
  }
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes))
  if (known) {
    return fail(
      'binary',
      `这是${known.zh}，不是数据交换文件（.json）。`,
      `This is ${known.en}, not an exchange file (.json).`,
    )
  }
  const decoded = utf8Text(bytes)
  if (!decoded.ok) return { ok: false, problem: decoded.problem, message: decoded.message }
  const text = decoded.text
  if (text.includes('\u0000')) {
    return fail(
      'binary',
      '文件含有二进制内容，不是数据交换文件（.json）。',
      'The file holds binary content; it is not an exchange file (.json).',
    )
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return fail('blank', '文件只有空白，没有内容。', 'The file holds only white space.')
  }
  const json = readJson(text)
  if (!json.ok) {
    return fail(
      'notJson',
      `不是有效的 JSON（第 ${json.line} 行第 ${json.column} 列）：${json.reason.zh}`,
      `Not valid JSON (line ${json.line}, column ${json.column}): ${json.reason.en}`,
    )
  }
  if (depthExceeds(json.value, MAX_DEPTH)) {
    return fail(
      'tooDeep',
      `文件嵌套层次过深（超过 ${MAX_DEPTH} 层），不是有效的数据交换文件。`,
      `The file nests too deeply (more than ${MAX_DEPTH} levels); it is not a valid exchange file.`,
    )
  }
  const read = readParsed(json.value, json.rawNumbers)
  if (!read.ok) return fail('invalid', ...oneMessage(read.issues))
  return { ok: true, pkg: read.pkg, warnings: read.issues, suspiciousText: findSuspiciousText(read.pkg) }
}

/** The first error, where it is, and how many more there are: one message, not a wall of them. */
function oneMessage(issues: readonly Issue[]): [string, string] {
  const errors = issues.filter((i) => i.level === 'error')
  const first = hasErrors(issues) ? errors[0] : issues[0]
  // The envelope messages already name their key.
  const named = first.code === 'wrongFormat' || first.code === 'wrongVersion'
  const where =
    first.path && !named ? { zh: `（位置：${first.path}）`, en: ` (at ${first.path})` } : { zh: '', en: '' }
  const more = errors.length > 1
  return [
    `${first.message.zh}${where.zh}${more ? `另有 ${errors.length - 1} 个问题。` : ''}`,
    `${first.message.en}${where.en}${more ? ` ${errors.length - 1} more problems.` : ''}`,
  ]
}

/** Without recursion, so that a hostile depth cannot overflow the stack here. */
function depthExceeds(root: unknown, limit: number): boolean {
  // Two parallel stacks, and only objects on them: a provincial file holds a million leaves.
  const nodes: object[] = []
  const depths: number[] = []
  if (root !== null && typeof root === 'object') {
    nodes.push(root)
    depths.push(1)
  }
  while (nodes.length) {
    const node = nodes.pop()!
    const depth = depths.pop()!
    if (depth > limit) return true
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node)
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        nodes.push(child)
        depths.push(depth + 1)
      }
    }
  }
  return false
}

const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|<\s*script|javascript:/i
const FORMULA = /^[=+\-@\t\r]/
/** Published targets start with = or ＞= by nature ("=100%"); they are not formulas to warn about. */
const TARGET_PATH = /\.(target(Text)?|target\.\w+)$/

/** Text that would be code in a web page or a formula in a spreadsheet: kept as plain text, and shown. */
export function findSuspiciousText(pkg: LedgerPackage): SuspiciousText[] {
  const out: SuspiciousText[] = []
  /** The keys down to the value being visited; a path string is built only for a finding. */
  const keys: PathKey[] = []
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      // Cheap first looks: markup needs "<" (or the ":" of "javascript:"), a formula its first character.
      if ((value.includes('<') || value.includes(':')) && MARKUP.test(value)) {
        out.push({ path: formatPath(keys), text: value, kind: 'markup' })
      } else if (FORMULA.test(value)) {
        const path = formatPath(keys)
        if (!TARGET_PATH.test(path)) out.push({ path, text: value, kind: 'formula' })
      }
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        keys.push(i)
        visit(value[i])
        keys.pop()
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        keys.push(k)
        visit(v)
        keys.pop()
      }
    }
  }
  visit(pkg)
  return out
}

/** The one notice shown for such text: it is accepted, and kept harmless. */
export function suspiciousTextNotice(found: readonly SuspiciousText[]): Message {
  const example = found[0]?.path ?? ''
  return {
    zh: `有 ${found.length} 处文字像网页代码或表格公式（如 ${example}）：只作为普通文字保存和显示，导出表格时自动加保护。`,
    en: `${found.length} text fields look like web code or spreadsheet formulas (e.g. ${example}): they are kept and shown as plain text only, and protected in exported spreadsheets.`,
  }
}
