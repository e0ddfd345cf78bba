// A minimal text PDF for the tests: each piece of text placed at its x/y in a CID font whose
// ToUnicode map gives the characters back (no glyphs embedded; pdf.js reads text without them).

export interface Placed {
  text: string
  x: number
  y: number
}

export function makePdf(placed: readonly Placed[]): Uint8Array {
  const chars = [...new Set(placed.flatMap((p) => [...p.text]))]
  const cid = (ch: string) => (chars.indexOf(ch) + 1).toString(16).padStart(4, '0')
  const content = placed
    .map((p) => `BT /F1 10 Tf 1 0 0 1 ${p.x} ${p.y} Tm <${[...p.text].map(cid).join('')}> Tj ET`)
    .join('\n')
  /** UTF-16 code units, as ToUnicode wants them. */
  const hex4 = (ch: string) =>
    Array.from({ length: ch.length }, (_, i) => ch.charCodeAt(i).toString(16).padStart(4, '0')).join('')
  const blocks: string[] = []
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100)
    blocks.push(
      `${part.length} beginbfchar\n${part.map((ch) => `<${cid(ch)}> <${hex4(ch)}>`).join('\n')}\nendbfchar`,
    )
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n')
  const stream = (body: string) =>
    `<< /Length ${new TextEncoder().encode(body).length} >>\nstream\n${body}\nendstream`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>',
    stream(cmap),
    '<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  const bytes = (s: string) => new TextEncoder().encode(s).length
  objects.forEach((body, i) => {
    offsets.push(bytes(out))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = bytes(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}
