// A file opened on the paste page, or an HTML clipboard, as the text the paste reader reads: a
// table's rows one a line, its cells separated by tabs. Each reader is loaded only when needed.
import { gridToText } from '../domain/paste'
import { htmlTables, type Grid } from './html-grid'

export type TableFileResult = { ok: true; text: string } | { ok: false; message: { zh: string; en: string } }

const SAVE_AS = {
  zh: '这种旧格式无法直接读取，请在 Excel、WPS 或 Word 中另存为 .xlsx 或 .docx 后再打开。',
  en: 'This older format cannot be read; save it as .xlsx or .docx in Excel, WPS or Word and open that.',
}
const UNREADABLE = {
  zh: '文件无法读取，可能已损坏或不是所选的格式。',
  en: 'The file cannot be read; it may be damaged or not of the format its name says.',
}
const NO_TABLE = {
  zh: '文件中没有找到表格（扫描件 PDF 没有可读的文字）。',
  en: 'No table was found in the file (a scanned PDF has no text to read).',
}

export const TABLE_FILE_ACCEPT = '.docx,.pdf,.xlsx,.txt,.xls,.et,.wps,.doc'

const textOf = (grids: Grid[]) => grids.map(gridToText).join('\n\n')

export async function readTableFile(name: string, data: ArrayBuffer): Promise<TableFileResult> {
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? ''
  if (['xls', 'et', 'wps', 'doc', 'ett', 'wpt'].includes(ext)) return { ok: false, message: SAVE_AS }
  try {
    let grids: Grid[]
    if (ext === 'docx') grids = await (await import('./docx-grid')).docxTables(data)
    else if (ext === 'xlsx') grids = await (await import('./workbook-grid')).workbookTables(data)
    else if (ext === 'pdf') grids = await (await import('./pdf-grid')).pdfTables(data)
    else return { ok: true, text: new TextDecoder().decode(data) }
    const text = textOf(grids)
    return text.trim() ? { ok: true, text } : { ok: false, message: NO_TABLE }
  } catch {
    return { ok: false, message: UNREADABLE }
  }
}

/** The clipboard's HTML tables as text; null when it holds none (then the plain text is pasted). */
export function clipboardTablesText(data: DataTransfer | null): string | null {
  const html = data?.getData('text/html')
  if (!html || !/<table/i.test(html)) return null
  const grids = htmlTables(html)
  return grids.length > 0 ? textOf(grids) : null
}
