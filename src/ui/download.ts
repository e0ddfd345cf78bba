export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Hands a file to the browser's download. Bytes (a generated workbook) are wrapped in a Blob of
 * `type`. The object URL is released a while after the click: some browsers start reading it late.
 */
export function saveFile(file: Blob | ArrayBuffer, fileName: string, type = XLSX_TYPE): void {
  const blob = file instanceof Blob ? file : new Blob([file], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
