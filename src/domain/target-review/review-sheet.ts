// 目标审核: the rules a finance bureau applies when it sends weak target tables back. Each finding
// names its rule, the row or goal it concerns and the numbers behind it; REVIEW_MESSAGES words it.
import { sum } from '../decimal'
import { uncoveredGoals } from '../exchange/checks'
import { formatTarget } from '../target-text'
import type { Indicator, Sheet } from '../types'
import { targetBelowLastYear } from './last-year'
import { isBenefit, isLive, isSatisfaction, outputKind, weightGroup, type WeightGroup } from './levels'
import { comparableName, nameSimilarity } from './names'
import { DEFAULT_REVIEW_SETTINGS, type ReviewFinding, type ReviewRuleId, type ReviewSettings } from './types'

type Rule = (sheet: Sheet, settings: ReviewSettings) => ReviewFinding[]

const shown = (ind: Indicator) => ind.targetText || (ind.target ? formatTarget(ind.target) : '')

function rowFinding(
  rule: ReviewRuleId,
  ind: Indicator,
  i: number,
  params: Record<string, string | number> = {},
  messageKey: string = rule,
): ReviewFinding {
  return {
    rule,
    key: `${rule}:${ind.id}`,
    messageKey,
    indicator: i,
    indicatorId: ind.id,
    params: { row: i + 1, name: ind.name, ...params },
  }
}

const eachLiveRow = (sheet: Sheet, f: (ind: Indicator, i: number) => ReviewFinding | null) =>
  sheet.indicators.flatMap((ind, i) => {
    const found = isLive(ind) ? f(ind, i) : null
    return found ? [found] : []
  })

const belowLastYear: Rule = (sheet, settings) =>
  eachLiveRow(sheet, (ind, i) =>
    targetBelowLastYear(ind, settings)
      ? rowFinding(
          'belowLastYear',
          ind,
          i,
          { target: shown(ind), lastYear: ind.lastYear ?? '' },
          ind.target?.op === '<' || ind.target?.op === '<=' || ind.direction === 'reverse'
            ? 'belowLastYear.reverse'
            : 'belowLastYear',
        )
      : null,
  )

/** 数量/质量/时效 need a number; on a 数量 line a worded target gets the more specific qualitativeOnQuantity. */
const numbers: Rule = (sheet) =>
  eachLiveRow(sheet, (ind, i) => {
    const kind = outputKind(ind)
    if (!kind) return null
    const target = ind.target
    if (target && target.op !== 'qualitative') return null
    if (kind === 'quantity' && target?.op === 'qualitative' && target.text.trim() !== '')
      return rowFinding('qualitativeOnQuantity', ind, i, { target: shown(ind) })
    return rowFinding('missingNumber', ind, i, { target: shown(ind), kind }, `missingNumber.${kind}`)
  })

const satisfaction: Rule = (sheet, settings) => {
  const rows = sheet.indicators.map((ind, i) => [ind, i] as const).filter(([ind]) => isSatisfaction(ind))
  if (rows.length === 0)
    return [{ rule: 'noSatisfaction', key: 'noSatisfaction', messageKey: 'noSatisfaction', params: {} }]
  return rows.flatMap(([ind, i]) => {
    if (!isLive(ind)) return []
    const t = ind.target
    if (!t || t.op === 'qualitative' || t.unit !== '%')
      return [
        rowFinding(
          'lowSatisfaction',
          ind,
          i,
          { target: shown(ind), min: settings.minSatisfaction },
          'lowSatisfaction.noRate',
        ),
      ]
    return Number(t.value) < settings.minSatisfaction
      ? [rowFinding('lowSatisfaction', ind, i, { target: shown(ind), min: settings.minSatisfaction })]
      : []
  })
}

const benefit: Rule = (sheet) =>
  sheet.indicators.some(isBenefit)
    ? []
    : [{ rule: 'noBenefit', key: 'noBenefit', messageKey: 'noBenefit', params: {} }]

/** Project sheets only: a department's framework (履职效能, 管理效率 …) has no national split. */
const weightSplit: Rule = (sheet, settings) => {
  if (sheet.kind !== 'project') return []
  const groups: WeightGroup[] = ['output', 'benefit', 'satisfaction']
  return groups.flatMap((group) => {
    const actual = sum(
      sheet.indicators.filter((ind) => weightGroup(ind) === group && isLive(ind)).map((ind) => ind.weight),
    )
    const expected = settings.split[group]
    if (actual.minus(expected).abs().lte(settings.tolerance)) return []
    return [
      {
        rule: 'weightSplit' as const,
        key: `weightSplit:${group}`,
        messageKey: `weightSplit.${group}`,
        params: { actual: actual.toFixed(), expected, tolerance: settings.tolerance },
      },
    ]
  })
}

const similarNames: Rule = (sheet, settings) => {
  const findings: ReviewFinding[] = []
  sheet.indicators.forEach((ind, j) => {
    if (comparableName(ind.name) === '') return
    for (let i = 0; i < j; i++) {
      const other = sheet.indicators[i]!
      if (comparableName(other.name) === '') continue
      const exact = comparableName(other.name) === comparableName(ind.name)
      if (exact || nameSimilarity(other.name, ind.name) >= settings.similarity) {
        findings.push({
          ...rowFinding(
            'similarNames',
            ind,
            j,
            { other: i + 1, otherName: other.name },
            exact ? 'similarNames.exact' : 'similarNames',
          ),
          key: `similarNames:${other.id}:${ind.id}`,
        })
        return
      }
    }
  })
  return findings
}

/** The exchange file's goal check, reused: budget amounts ("100 万元") are never taken for promises. */
const goals: Rule = (sheet) =>
  uncoveredGoals(sheet).map(({ goal, quantities }) => ({
    rule: 'goalUnmeasured',
    key: `goalUnmeasured:${goal}`,
    messageKey: quantities.length > 0 ? 'goalUnmeasured.quantities' : 'goalUnmeasured',
    goal,
    params: { goal: goal + 1, quantities: quantities.join('、') },
  }))

/** Project forms carry a 佐证资料 column; a department form only when some row fills it. */
const evidence: Rule = (sheet) => {
  if (sheet.kind !== 'project' && !sheet.indicators.some((ind) => ind.evidence?.trim())) return []
  return eachLiveRow(sheet, (ind, i) => (ind.evidence?.trim() ? null : rowFinding('noEvidence', ind, i)))
}

const RULES: readonly Rule[] = [
  belowLastYear,
  numbers,
  satisfaction,
  benefit,
  weightSplit,
  similarNames,
  goals,
  evidence,
]

/** All findings of the target review on `sheet`; none for a sheet without indicators (the editor says so itself). */
export function reviewSheet(
  sheet: Sheet,
  settings: ReviewSettings = DEFAULT_REVIEW_SETTINGS,
): ReviewFinding[] {
  if (sheet.indicators.length === 0) return []
  return RULES.flatMap((rule) => rule(sheet, settings))
}
