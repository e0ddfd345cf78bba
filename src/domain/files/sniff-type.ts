// A file's type from its first bytes (and, for Office files, the names inside), never from
// its name: a renamed .exe is refused however it is called.

export type EvidenceKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls'

export const MIME: Readonly<Record<EvidenceKind, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false
  return sig.every((b, i) => bytes[at + i] === b)
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0))

/** The kind of evidence file these bytes are, or null for anything else. */
export function sniffType(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeZipKind(zipEntryNames(bytes))
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(bytes)
  return null
}

/** DOCX/XLSX are zip files with [Content_Types].xml and a word/ or xl/ main part. */
function officeZipKind(names: Set<string>): EvidenceKind | null {
  if (!names.has('[Content_Types].xml')) return null
  if (names.has('word/document.xml')) return 'docx'
  if (names.has('xl/workbook.xml')) return 'xlsx'
  return null
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/** Entry names from the zip's central directory (found through the end-of-central-directory record). */
export function zipEntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>()
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  let eocd = -1
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return names
  const count = u16(bytes, eocd + 10)
  let at = u32(bytes, eocd + 16)
  const decoder = new TextDecoder()
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (u32(bytes, at) !== 0x02014b50) break
    const nameLength = u16(bytes, at + 28)
    const extra = u16(bytes, at + 30)
    const comment = u16(bytes, at + 32)
    names.add(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + extra + comment
  }
  return names
}

function utf16(s: string): number[] {
  return Array.from(s).flatMap((c) => [c.charCodeAt(0), 0])
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]
  outer: for (
    let i = bytes.indexOf(first!);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

const WORD_STREAM = utf16('WordDocument')
const WORKBOOK_STREAMS = [utf16('Workbook'), utf16('Book\0')]

/** Old Office (OLE compound file): the directory names its main stream in UTF-16. */
function oleKind(bytes: Uint8Array): EvidenceKind | null {
  if (contains(bytes, WORD_STREAM)) return 'doc'
  if (WORKBOOK_STREAMS.some((s) => contains(bytes, s))) return 'xls'
  return null
}

export function isImageKind(kind: EvidenceKind): boolean {
  return kind === 'jpeg' || kind === 'png' || kind === 'gif' || kind === 'webp'
}
