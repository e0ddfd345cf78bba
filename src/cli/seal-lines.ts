// `ledger validate` also checks the seals a file carries (export key `seals`): each locked sheet's
// seal against the file's own rows. A broken seal is a warning, like the target review: the file
// is still readable, and the exit status stays what the file's own checks decide.
import { createHash } from 'node:crypto'
import { readPackage } from '../domain/exchange'
import { sealContent } from '../domain/integrity'
import { line } from './io'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export function sealLines(text: string): string {
  const read = readPackage(text)
  if (!read.ok || !read.pkg.seals?.length) return ''
  const { pkg } = read
  const out = pkg.seals!.flatMap((seal, i) => {
    const content = sealContent(pkg, seal.sheetId)
    if (content !== null && sha256(content) === seal.sha256) return []
    const name = pkg.sheets.find((s) => s.id === seal.sheetId)?.name ?? seal.sheetId
    return [
      `警告 warning  seals[${i}]  ${line(
        `“${name}”锁定后数据被改动：封印与文件中的数据不符。`,
        `“${name}” was changed after it was locked: its seal does not match the file's data.`,
      )}`,
    ]
  })
  if (out.length === 0) return ''
  return (
    out.join('') +
    line(`封印：${out.length} 张表锁定后数据被改动。`, `Seals: ${out.length} sheet(s) changed after they were locked.`)
  )
}
