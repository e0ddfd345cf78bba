// Which files are accepted as 佐证资料: a size limit per file (a setting) and a type read from
// the content. The content is only read when the size is acceptable.
import { sniffType, type EvidenceKind, MIME } from './sniff-type'

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
export const EVIDENCE_MAX_BYTES_KEY = 'evidenceMaxBytes'

export type EvidenceCheck =
  | { ok: true; kind: EvidenceKind; mime: string }
  | { ok: false; code: 'tooLarge' | 'typeNotAllowed' | 'empty' | 'heic' }

/** `readBytes` is only called for a file within the limit. */
export async function checkEvidenceFile(
  file: { size: number },
  maxBytes: number,
  readBytes: () => Promise<Uint8Array>,
): Promise<EvidenceCheck> {
  if (file.size === 0) return { ok: false, code: 'empty' }
  if (file.size > maxBytes) return { ok: false, code: 'tooLarge' }
  const bytes = await readBytes()
  const kind = sniffType(bytes)
  if (kind) return { ok: true, kind, mime: MIME[kind] }
  // An iPhone photo: said so, with how to get a JPEG, instead of "not an image" (issue 16).
  return { ok: false, code: isHeic(bytes) ? 'heic' : 'typeNotAllowed' }
}

/** HEIC/HEIF (ISO base media with an HEIF brand): "....ftypheic", "ftypmif1", … */
export function isHeic(bytes: Uint8Array): boolean {
  const ascii = String.fromCharCode(...bytes.subarray(4, 12))
  return /^ftyp(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii)
}

/** "10 MB", "512 KB", "900 B": binary units, at most one decimal. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let v = n / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  const shown = v >= 100 || Number.isInteger(v) ? Math.round(v).toString() : v.toFixed(1).replace(/\.0$/, '')
  return `${shown} ${units[u]}`
}

/** A name for a pasted screenshot, which arrives without one: 截图-20250301-142233.png */
export function pastedName(kind: EvidenceKind, now: Date, prefix: string): string {
  const p = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`
  return `${prefix}-${stamp}.${kind === 'jpeg' ? 'jpg' : kind}`
}
