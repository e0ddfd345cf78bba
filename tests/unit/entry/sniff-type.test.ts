import { describe, expect, it } from 'vitest'
import { checkEvidenceFile, formatBytes, pastedName, sniffType } from '@/domain/files'

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)))

/** A stored (uncompressed) zip holding empty files of these names; CRCs are not checked by the sniffer. */
function zipOf(names: string[]): Uint8Array {
  const enc = new TextEncoder()
  const local: number[] = []
  const central: number[] = []
  const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
  const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)]
  for (const name of names) {
    const nameBytes = [...enc.encode(name)]
    const offset = local.length
    local.push(...le32(0x04034b50), ...le16(20), 0, 0, 0, 0, 0, 0, 0, 0, ...le32(0), ...le32(0), ...le32(0))
    local.push(...le16(nameBytes.length), ...le16(0), ...nameBytes)
    central.push(...le32(0x02014b50), ...le16(20), ...le16(20), 0, 0, 0, 0, 0, 0, 0, 0, ...le32(0))
    central.push(
      ...le32(0),
      ...le32(0),
      ...le16(nameBytes.length),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le16(0),
    )
    central.push(...le32(0), ...le32(offset), ...nameBytes)
  }
  const eocd = [...le32(0x06054b50), 0, 0, 0, 0, ...le16(names.length), ...le16(names.length)]
  eocd.push(...le32(central.length), ...le32(local.length), ...le16(0))
  return new Uint8Array([...local, ...central, ...eocd])
}

const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0])
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

describe('sniffType', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['gif', bytes('GIF89a', [1, 0])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['docx', zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])],
    ['xlsx', zipOf(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])],
    ['doc', bytes(OLE, new Array(100).fill(0), utf16('Root Entry'), utf16('WordDocument'))],
    ['xls', bytes(OLE, new Array(100).fill(0), utf16('Root Entry'), utf16('Workbook'))],
  ])('recognises %s by its content', (kind, content) => {
    expect(sniffType(content)).toBe(kind)
  })

  it.each([
    ['an executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['plain text', bytes('这不是图片')],
    ['a zip that is not Office', zipOf(['readme.txt'])],
    ['a zip with content types but no main part', zipOf(['[Content_Types].xml', 'ppt/presentation.xml'])],
    ['an OLE file that is neither Word nor Excel', bytes(OLE, utf16('PowerPoint Document'))],
    ['an empty file', new Uint8Array()],
    ['half a PNG signature', bytes([0x89], 'PN')],
  ])('refuses %s', (_name, content) => {
    expect(sniffType(content)).toBeNull()
  })
})

describe('checkEvidenceFile', () => {
  const pdf = bytes('%PDF-1.4')
  it('refuses a file over the limit without reading it', async () => {
    let read = false
    const r = await checkEvidenceFile({ size: 10 * 1024 * 1024 + 1 }, 10 * 1024 * 1024, async () => {
      read = true
      return pdf
    })
    expect(r).toEqual({ ok: false, code: 'tooLarge' })
    expect(read).toBe(false)
  })
  it('takes a file of exactly the limit and reports its real type', async () => {
    expect(await checkEvidenceFile({ size: 100 }, 100, async () => pdf)).toEqual({
      ok: true,
      kind: 'pdf',
      mime: 'application/pdf',
    })
  })
  it('refuses an empty file and an unknown type', async () => {
    expect(await checkEvidenceFile({ size: 0 }, 100, async () => pdf)).toEqual({ ok: false, code: 'empty' })
    expect(await checkEvidenceFile({ size: 5 }, 100, async () => bytes('hello'))).toEqual({
      ok: false,
      code: 'typeNotAllowed',
    })
  })
})

describe('formatBytes and pastedName', () => {
  it.each([
    [900, '900 B'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [2.25 * 1024 * 1024 * 1024, '2.3 GB'],
  ])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text))

  it('names a pasted screenshot after the moment', () => {
    expect(pastedName('png', new Date(2025, 2, 1, 14, 22, 33), '截图')).toBe('截图-20250301-142233.png')
    expect(pastedName('jpeg', new Date(2025, 11, 31, 9, 5, 7), 'photo')).toBe('photo-20251231-090507.jpg')
  })
})
