// Reading the one input file: an exchange file's text, or the package.json of a .zip exchange
// bundle (the evidence files in it are not needed to score or validate). The command line never
// writes files.
import { readFileSync } from 'node:fs'
import { isZip, readBundle } from '../domain/exchange/bundle'
import { utf8Text } from '../domain/files/utf8-text'

export type FileText = { ok: true; text: string } | { ok: false; zh: string; en: string }

export function readTextFile(file: string): FileText {
  try {
    const bytes = readFileSync(file)
    if (!isZip(bytes)) {
      // The app's rule and message: a GBK or UTF-16 file is refused, never printed as garbled text.
      const decoded = utf8Text(bytes)
      return decoded.ok
        ? decoded
        : { ok: false, zh: `${file}：${decoded.message.zh}`, en: `${file}: ${decoded.message.en}` }
    }
    const bundle = readBundle(bytes)
    if (!bundle.ok)
      return { ok: false, zh: `${file}：${bundle.message.zh}`, en: `${file}: ${bundle.message.en}` }
    return { ok: true, text: new TextDecoder().decode(bundle.packageBytes) }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, zh: `找不到文件 ${file}`, en: `no such file ${file}` }
    if (code === 'EISDIR') return { ok: false, zh: `${file} 是目录，不是文件`, en: `${file} is a directory` }
    if (code === 'EACCES') return { ok: false, zh: `无权读取 ${file}`, en: `no permission to read ${file}` }
    return { ok: false, zh: `无法读取 ${file}`, en: `cannot read ${file}: ${(e as Error).message}` }
  }
}

/** One exit of the program: what to print and the status. */
export interface Outcome {
  stdout?: string
  stderr?: string
  exitCode: 0 | 1 | 2
  /** stdout is JSON: hidden characters are escaped inside it instead of removed (terminal-text.ts). */
  json?: boolean
}

export function line(zh: string, en: string): string {
  return `${zh} / ${en}\n`
}
