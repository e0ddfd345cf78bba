import { formatTarget, parseTarget, sameTarget } from '../target-text'
import type { Indicator, LedgerPackage, Target } from '../types'

export interface WriteOptions {
  /** Write every readable target structured (the `parse` command's output); default false. */
  structuredTargets?: boolean
}

/**
 * The JSON-ready exchange file (docs/exchange-format.md). A target goes out as its published
 * text when that text reads back to the same structure, else structured; readPackage gives
 * back a package deep-equal to the one written. Unknown keys carried by the package are kept.
 */
export function writePackage(pkg: LedgerPackage, options: WriteOptions = {}): Record<string, unknown> {
  const writeIndicator = (indicator: Indicator) =>
    writeIndicatorWith(indicator, options.structuredTargets ?? false)
  return {
    ...pkg,
    format: 'perf-ledger',
    version: 1,
    units: pkg.units.map((u) => ({ ...u })),
    sheets: pkg.sheets.map((sheet) => ({
      ...sheet,
      goals: [...sheet.goals],
      budget: { ...sheet.budget },
      funds: { ...sheet.funds },
      scoring: { ...sheet.scoring },
      indicators: sheet.indicators.map(writeIndicator),
    })),
    progress: pkg.progress.map((e) => ({ ...e })),
    spending: pkg.spending.map((e) => ({ ...e })),
    judgements: pkg.judgements.map((e) => ({ ...e })),
    overrides: pkg.overrides.map((e) => ({ ...e })),
    notApplicable: pkg.notApplicable.map((e) => ({ ...e })),
    deviations: pkg.deviations.map((e) => ({ ...e })),
    ...(pkg.attachments ? { attachments: pkg.attachments.map((a) => ({ ...a })) } : {}),
    ...(pkg.reportTexts
      ? { reportTexts: pkg.reportTexts.map((r) => ({ sheetId: r.sheetId, texts: { ...r.texts } })) }
      : {}),
    ...(pkg.seals ? { seals: pkg.seals.map((s) => ({ ...s })) } : {}),
    ...(pkg.sentBy ? { sentBy: { ...pkg.sentBy } } : {}),
  }
}

function writeIndicatorWith(indicator: Indicator, structuredTargets: boolean): Record<string, unknown> {
  const { target, targetText, plan, ...rest } = indicator
  const written: Record<string, unknown> = { ...rest }
  // An unreadable target (null) can only travel as its text.
  if (
    target === null ||
    (!structuredTargets && sameTarget(parseTarget(targetText, indicator.direction).target, target))
  ) {
    written.target = targetText
  } else {
    written.target = structured(target)
    // The published wording differs from what the target now says: keep it, so nothing is lost.
    if (targetText !== formatTarget(target)) written.targetText = targetText
  }
  if (plan) written.plan = plan.map((m) => ({ ...m }))
  return written
}

function structured(target: Target): Record<string, string> {
  return target.op === 'qualitative'
    ? { op: 'qualitative', text: target.text }
    : { op: target.op, value: target.value, unit: target.unit }
}
