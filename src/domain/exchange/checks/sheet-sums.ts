// Arithmetic the published tables should satisfy; a mismatch is a warning, since real
// disclosures get it wrong (the seed's own items are off by a cent).
import { dec, sum } from '../../decimal'
import { toMillionths } from '../../exact-sum'
import { isDecimalInput } from '../schema'
import { STORED_DECIMAL } from '../../stored-decimal'
import type { LedgerPackage, Sheet } from '../../types'
import { warning, type Issue } from '../issues'

const DEFAULT_BUDGET_WEIGHT = 10

export function checkSheetSums(pkg: LedgerPackage): Issue[] {
  return pkg.sheets.flatMap((sheet, i) => [
    ...checkWeights(sheet, `sheets[${i}]`),
    ...checkMoney(sheet, `sheets[${i}]`),
  ])
}

function checkWeights(sheet: Sheet, path: string): Issue[] {
  if (sheet.indicators.length === 0) return []
  const expected = 100 - (sheet.scoring.budgetWeight ?? DEFAULT_BUDGET_WEIGHT)
  // Whole weights (the usual sheet) add up exactly as plain integers; decimal.js for the rest and for the message.
  let whole = 0
  for (const ind of sheet.indicators) whole += Number.isSafeInteger(ind.weight) ? ind.weight : NaN
  if (whole === expected) return []
  const total = sum(sheet.indicators.map((ind) => ind.weight))
  if (total.eq(expected)) return []
  return [
    warning(
      `${path}.indicators`,
      'weightsNot90',
      `指标分值合计 ${total.toFixed()}，应为 ${expected}（另 ${100 - expected} 分为预算执行率）。`,
      `The indicator weights add up to ${total.toFixed()}, not ${expected} (the other ${100 - expected} points are the budget execution rate).`,
    ),
  ]
}

/** [parts, whole]: where all are given, the parts should add up to the whole. */
const MONEY_SUMS: readonly (readonly [readonly string[], string, { zh: string; en: string }])[] = [
  [
    ['funds.fiscal', 'funds.other'],
    'budget.adjusted',
    { zh: '财政资金 + 其他资金', en: 'fiscal + other funds' },
  ],
  [
    ['budget.basic', 'budget.project'],
    'budget.total',
    { zh: '基本支出 + 项目支出', en: 'basic + project spending' },
  ],
  [
    ['budget.personnel', 'budget.publicUse'],
    'budget.basic',
    { zh: '人员经费 + 公用经费', en: 'personnel + public-use costs' },
  ],
  [
    ['funds.fiscalFromUpper', 'funds.fiscalOwnLevel'],
    'funds.fiscal',
    { zh: '上级安排 + 本级安排', en: 'upper-level + own-level funds' },
  ],
]

function checkMoney(sheet: Sheet, path: string): Issue[] {
  const issues: Issue[] = []
  for (const [parts, whole, label] of MONEY_SUMS) {
    const wholeKey =
      whole === 'budget.total' && moneyAt(sheet, whole) === undefined ? 'budget.adjusted' : whole
    const values = [...parts, wholeKey].map((key) => moneyAt(sheet, key))
    if (values.some((v) => v === undefined)) continue
    // Beyond the stored rule the amount is refused (amount-limits.ts); a sum of it would be rounded.
    if (values.some((v) => typeof v === 'string' && !STORED_DECIMAL.test(v.replace(/^-/, '')))) continue
    if (addsUp(values as (string | number)[])) continue
    const total = sum(values.slice(0, -1) as (string | number)[])
    const expected = dec(values.at(-1)!)
    if (!total.eq(expected)) {
      issues.push(
        warning(
          `${path}.${wholeKey}`,
          'sumMismatch',
          `${label.zh} = ${total.toFixed()}，与 ${wholeKey} ${String(values.at(-1))} 不符。`,
          `${label.en} = ${total.toFixed()}, which differs from ${wholeKey} ${String(values.at(-1))}.`,
        ),
      )
    }
  }
  return issues
}

/** The parts add up to the last value, in integer millionths (exact); false where that cannot tell. */
function addsUp(values: readonly (string | number)[]): boolean {
  let total = 0
  for (let k = 0; k < values.length; k++) {
    const m = toMillionths(String(values[k]))
    if (m === null) return false
    total += k === values.length - 1 ? -m : m
  }
  return total === 0
}

function moneyAt(sheet: Sheet, key: string): string | number | undefined {
  const [group, field] = key.split('.') as ['budget' | 'funds', string]
  const value = sheet[group][field]
  return isDecimalInput(value) ? value : undefined
}
