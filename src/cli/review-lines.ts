// `ledger validate` also prints the target review (目标审核) of each sheet: warnings only, so the
// exit status stays what the file's own checks decide. The goal check is left out here because the
// file's checks print it already (goalWithoutIndicator).
import { readPackage } from '../domain/exchange'
import { describeFinding, reviewSheet } from '../domain/target-review'
import { line } from './io'

export function reviewLines(text: string): string {
  const read = readPackage(text)
  if (!read.ok) return ''
  const out = read.pkg.sheets.flatMap((sheet, s) =>
    reviewSheet(sheet)
      .filter((f) => f.rule !== 'goalUnmeasured')
      .map((f) => {
        const place = f.indicator === undefined ? `sheets[${s}]` : `sheets[${s}].indicators[${f.indicator}]`
        const m = describeFinding(f)
        return `警告 warning  ${place}  ${line(`目标审核：${m.zh}`, `target review: ${m.en}`)}`
      }),
  )
  if (out.length === 0) return ''
  return out.join('') + line(`目标审核：${out.length} 条提示。`, `Target review: ${out.length} finding(s).`)
}
