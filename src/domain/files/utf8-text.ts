// Text files are UTF-8. A UTF-16 file or one in a legacy Chinese encoding (GBK, GB18030) is refused
// with one message instead of being read as garbled text; the app and the command line both ask here.
import type { Message } from '../exchange/issues'

export type Utf8Text =
  { ok: true; text: string } | { ok: false; problem: 'utf16' | 'notUtf8'; message: Message }

export function utf8Text(bytes: Uint8Array): Utf8Text {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problem: 'utf16',
      message: {
        zh: '文件是 UTF-16 编码的文本；请另存为 UTF-8 编码后再导入。',
        en: 'The file is UTF-16 text; save it as UTF-8 and import it again.',
      },
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return {
      ok: false,
      problem: 'notUtf8',
      message: {
        zh: '文件不是 UTF-8 编码的文本（可能是 GBK 编码或二进制文件），无法读取。',
        en: 'The file is not UTF-8 text (perhaps GBK-encoded or binary) and cannot be read.',
      },
    }
  }
}
