// A schema-valid file becomes a LedgerPackage: decimals as exact strings, targets structured
// with the published text kept, defaults filled in, unknown keys carried along.
import { Decimal } from '../decimal'
import {
  canonicalDecimalString,
  contradictsDirection,
  formatTarget,
  parseTarget,
  targetProblems,
  type ParsedTarget,
} from '../target-text'
import type { Indicator, LedgerPackage, Measure, ProgressEntry, Sheet, SpendingEntry, Target } from '../types'
import { FUND_SOURCES } from '../vocabulary'
import { error, warning, type Issue } from './issues'
import { childPath } from './path'
import type { WireIndicator, WireShell, WireSheet, WireTargetObject } from './schema'

const COMPARATORS = ['>=', '>', '=', '<=', '<'] as const

/** Turns a decimal that arrived as a JSON number into text, preferring its source text. */
export type DecimalReader = (value: number | string, path: string) => string

export function decimalReader(rawNumbers: ReadonlyMap<string, string>): DecimalReader {
  return (value, path) => {
    if (typeof value === 'string') return value
    const raw = rawNumbers.get(path)
    // An exponent ("1e-7") is rewritten in plain notation; any other source text is kept as written.
    if (raw !== undefined) return /[eE]/.test(raw) ? new Decimal(raw).toFixed() : raw
    return new Decimal(value).toFixed()
  }
}

/** The long lists as entries.ts checked and converted them (undefined when the file has none). */
export interface ConvertedEntries {
  progress: ProgressEntry[] | undefined
  spending: SpendingEntry[] | undefined
}

export function toModel(
  wire: WireShell,
  entries: ConvertedEntries,
  readDecimal: DecimalReader,
): { pkg: LedgerPackage; issues: Issue[] } {
  const issues: Issue[] = []
  const list = <T>(items: T[] | undefined) => items ?? []

  const pkg: LedgerPackage = {
    ...wire,
    format: 'perf-ledger',
    version: 1,
    units: list(wire.units).map((u) => ({ ...u, parentId: u.parentId ?? null })),
    sheets: list(wire.sheets).map((s, i) => toSheet(s, `sheets[${i}]`, readDecimal, issues)),
    progress: list(entries.progress),
    spending: list(entries.spending),
    judgements: list(wire.judgements).map((j, i) => ({
      ...j,
      score: readDecimal(j.score, `judgements[${i}].score`),
    })),
    overrides: list(wire.overrides).map((o, i) => ({
      ...o,
      score: readDecimal(o.score, `overrides[${i}].score`),
    })),
    notApplicable: list(wire.notApplicable),
    deviations: list(wire.deviations),
  }
  // Kept absent when the file has none, so a file without evidence reads back as it was written.
  if (wire.attachments) pkg.attachments = wire.attachments.map((a) => ({ ...a }))
  if (wire.reportTexts)
    pkg.reportTexts = wire.reportTexts.map((r) => ({ sheetId: r.sheetId, texts: { ...r.texts } }))
  if (wire.seals) pkg.seals = wire.seals.map((s) => ({ ...s }))
  if (wire.sentBy) pkg.sentBy = { ...wire.sentBy }
  return { pkg, issues }
}

function toSheet(s: WireSheet, path: string, readDecimal: DecimalReader, issues: Issue[]): Sheet {
  return {
    ...s,
    goals: s.goals ?? [],
    budget: toBudget(s.budget, `${path}.budget`, readDecimal),
    funds: s.funds
      ? {
          ...s.funds,
          fiscal: readDecimal(s.funds.fiscal, `${path}.funds.fiscal`),
          other: readDecimal(s.funds.other, `${path}.funds.other`),
        }
      : // No funds given: the whole adjusted budget is fiscal.
        { fiscal: readDecimal(s.budget.adjusted, `${path}.budget.adjusted`), other: '0' },
    scoring: (s.scoring ?? {}) as Sheet['scoring'],
    indicators: (s.indicators ?? []).map((ind, j) =>
      toIndicator(ind, `${path}.indicators[${j}]`, readDecimal, issues),
    ),
  }
}

function toBudget(b: WireSheet['budget'], path: string, readDecimal: DecimalReader): Sheet['budget'] {
  const { sources, ...rest } = b
  const budget: Sheet['budget'] = {
    ...rest,
    initial: readDecimal(b.initial, `${path}.initial`),
    adjusted: readDecimal(b.adjusted, `${path}.adjusted`),
  }
  if (sources) {
    const out: Record<string, unknown> = { ...sources }
    for (const key of FUND_SOURCES) {
      const one = sources[key]
      if (!one) continue
      out[key] = {
        ...one,
        initial: readDecimal(one.initial, `${path}.sources.${key}.initial`),
        adjusted: readDecimal(one.adjusted, `${path}.sources.${key}.adjusted`),
      }
    }
    budget.sources = out as NonNullable<Sheet['budget']['sources']>
  }
  return budget
}

function toIndicator(w: WireIndicator, path: string, readDecimal: DecimalReader, issues: Issue[]): Indicator {
  const { targetText: wireTargetText, plan, ...rest } = w
  const targetPath = childPath(path, 'target')
  let target: Target | null
  let targetText: string
  if (typeof w.target === 'string') {
    targetText = w.target
    const parsed = parseTarget(w.target, w.direction)
    target = parsed.target
    const issue = targetIssue(parsed, w.weight, targetPath)
    if (issue) issues.push(issue)
  } else {
    target = toStructuredTarget(w.target, targetPath, readDecimal, issues)
    if (target && target.op !== 'qualitative' && contradictsDirection(target.op, w.direction)) {
      const flag = targetProblems.againstDirection(formatTarget(target), w.direction!)
      issues.push(warning(targetPath, 'againstDirection', flag.zh, flag.en))
    }
    targetText = wireTargetText ?? (target ? formatTarget(target) : '')
  }
  const measure: Measure =
    w.measure ?? (target && target.op !== 'qualitative' && target.unit === '%' ? 'latest' : 'cumulative')
  return {
    ...rest,
    target,
    targetText,
    measure,
    ...(plan && {
      plan: plan.map((m, k) => ({ ...m, value: readDecimal(m.value, `${path}.plan[${k}].value`) })),
    }),
  }
}

/** What a colleague would say about a target text: not applicable, empty, against its direction, unreadable. */
function targetIssue(parsed: ParsedTarget, weight: number, path: string): Issue | null {
  if (parsed.target === null && parsed.problem) {
    // A "/" row weighing nothing is a line the unit does not use, not a target to fix.
    if (weight === 0 && parsed.placeholder)
      return warning(
        path,
        'notApplicableRow',
        '分值为 0、指标值为“/”：本行不适用，不计分。',
        'Weight 0 and a target of "/": this row does not apply and is not scored.',
      )
    return warning(
      path,
      'unreadableTarget',
      `指标值无法识别，不能计分：${parsed.problem.zh}`,
      `The target cannot be read and will not be scored: ${parsed.problem.en}`,
    )
  }
  if (!parsed.flag) return null
  const empty = parsed.target?.op === 'qualitative' && parsed.target.text === ''
  return warning(path, empty ? 'emptyTarget' : 'againstDirection', parsed.flag.zh, parsed.flag.en)
}

function toStructuredTarget(
  w: WireTargetObject,
  path: string,
  readDecimal: DecimalReader,
  issues: Issue[],
): Target | null {
  if (w.op === 'qualitative') {
    if (typeof w.text === 'string' && w.text.trim() !== '') return { op: 'qualitative', text: w.text }
    issues.push(
      error(
        childPath(path, 'text'),
        'badTarget',
        '定性指标值缺少文字。',
        'A qualitative target needs its text.',
      ),
    )
    return null
  }
  const op = COMPARATORS.find((c) => c === w.op)
  if (!op) {
    issues.push(
      error(
        childPath(path, 'op'),
        'unknownOp',
        `未知的比较方式“${w.op}”，只能是 >=、>、=、<=、< 或 qualitative。`,
        `Unknown op "${w.op}"; use >=, >, =, <=, < or qualitative.`,
      ),
    )
    return null
  }
  if (w.value === undefined) {
    issues.push(error(childPath(path, 'value'), 'badTarget', '指标值缺少数值。', 'The target has no value.'))
    return null
  }
  const value = canonicalDecimalString(readDecimal(w.value, childPath(path, 'value')))
  if (value === null) {
    issues.push(
      error(
        childPath(path, 'value'),
        'badTarget',
        '指标值的数值无法读取。',
        'The target value cannot be read.',
      ),
    )
    return null
  }
  return { op, value, unit: (w.unit ?? '').replace(/％/g, '%') }
}
