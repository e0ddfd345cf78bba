// Amounts the database can store: the stored-decimal rule (at most 15 integer digits and 6 places),
// the one rule the app's forms, the database and the command line's validate share (issue 16).
import { STORED_DECIMAL } from '../../stored-decimal'
import type { LedgerPackage } from '../../types'
import { error, type Issue } from '../issues'

/**
 * A value the database would refuse; whether a negative may be there at all is the value check's
 * (only a spending refund may), so a negative is measured here by its digits alone.
 */
function beyondLimits(value: unknown): value is string {
  return typeof value === 'string' && !STORED_DECIMAL.test(value.startsWith('-') ? value.slice(1) : value)
}

export function checkAmountLimits(pkg: LedgerPackage): Issue[] {
  const issues: Issue[] = []
  const check = (path: string, value: unknown) => {
    if (beyondLimits(value))
      issues.push(
        error(
          path,
          'amountTooLong',
          `数值“${value}”超出可保存的范围（整数最多 15 位、小数最多 6 位）。`,
          `The value "${value}" is beyond what can be stored (at most 15 integer digits and 6 decimal places).`,
        ),
      )
  }
  pkg.sheets.forEach((s, i) => {
    const path = `sheets[${i}]`
    for (const [k, v] of Object.entries(s.budget)) check(`${path}.budget.${k}`, v)
    for (const [k, v] of Object.entries(s.funds)) check(`${path}.funds.${k}`, v)
    s.indicators.forEach((ind, j) => {
      const at = `${path}.indicators[${j}]`
      if (ind.target && ind.target.op !== 'qualitative') check(`${at}.target.value`, ind.target.value)
      ind.plan?.forEach((m, k) => check(`${at}.plan[${k}].value`, m.value))
    })
  })
  pkg.progress.forEach((e, i) => check(`progress[${i}].value`, e.value))
  pkg.spending.forEach((e, i) => check(`spending[${i}].amount`, e.amount))
  pkg.judgements.forEach((j, i) => check(`judgements[${i}].score`, j.score))
  pkg.overrides.forEach((o, i) => check(`overrides[${i}].score`, o.score))
  return issues
}
