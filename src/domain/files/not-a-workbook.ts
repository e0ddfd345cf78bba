// What a file given to the workbook import is when it is not an .xlsx, read from its first bytes:
// a renamed Word document or zip archive was told it "lacks a 绩效目标表 sheet", an old .xls got the
// generic message (issue 16). One message saying what the file is and what to do instead.
import type { Message } from '../exchange/issues'
import { isHeic } from './evidence-rules'
import { sniffType, zipEntryNames } from './sniff-type'

/** Null for a workbook (or something the workbook reader should judge itself). */
export function notAWorkbook(bytes: Uint8Array): Message | null {
  const kind = sniffType(bytes)
  if (kind === 'xlsx') return null
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  if (kind === 'docx')
    return {
      zh: '这是 Word 文档（.docx），不是 Excel 工作簿（.xlsx）；表格请复制到“粘贴公开表格”页读取。',
      en: 'This is a Word document (.docx), not an Excel workbook (.xlsx); copy its table into the "Paste published tables" page.',
    }
  if (kind === 'xls')
    return {
      zh: '这是旧版 Excel 工作簿（.xls），本程序只读取 .xlsx；请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。',
      en: 'This is an old Excel workbook (.xls); only .xlsx is read. Save it as .xlsx in Excel or WPS and import that.',
    }
  if (kind === 'doc')
    return {
      zh: '这是旧版 Word 文档（.doc），不是 Excel 工作簿（.xlsx）。',
      en: 'This is an old Word document (.doc), not an Excel workbook (.xlsx).',
    }
  // A damaged workbook has no readable directory: the workbook reader says it is damaged.
  const names = zip ? zipEntryNames(bytes) : new Set<string>()
  if (names.size > 0 && !names.has('xl/workbook.xml'))
    return {
      zh: '这是 zip 压缩包，不是 Excel 工作簿；请先解压，再选择其中的 .xlsx 文件。',
      en: 'This is a zip archive, not an Excel workbook; unpack it and choose the .xlsx file inside.',
    }
  if (kind === 'pdf')
    return {
      zh: '这是 PDF 文件，不是 Excel 工作簿（.xlsx）。',
      en: 'This is a PDF file, not an Excel workbook (.xlsx).',
    }
  if (kind === 'jpeg' || kind === 'png' || kind === 'gif' || kind === 'webp' || isHeic(bytes))
    return {
      zh: '这是图片，不是 Excel 工作簿（.xlsx）。',
      en: 'This is an image, not an Excel workbook (.xlsx).',
    }
  return null
}
