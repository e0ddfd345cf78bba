// Next year's sheets start from this year's: same goals, indicators, weights and profile, with
// 上年完成值 taken from what the engine reads as this year's actual values at 31 December. Never the
// year's outcomes: 实际完成情况, the reviewer's comment, judgements, deviations and overrides stay behind.
import { GOAL_OUTCOMES_KEY, REVIEW_COMMENT_KEY } from '../assessment/goal-outcomes'
import { scorePackage, type IndicatorScore } from '../scoring'
import type { Indicator, LedgerPackage, Sheet } from '../types'

export interface RolledIndicator {
  name: string
  /** The lastYear text the new indicator gets; undefined where nothing was recorded. */
  lastYear?: string
  /** Why lastYear stays empty. */
  missing?: 'noData' | 'needsJudgement'
}

export interface RolledSheet {
  sourceId: string
  /** The new sheet (ids newly made), or null when the next year already has it. */
  sheet: Sheet | null
  name: string
  kind: Sheet['kind']
  indicators: RolledIndicator[]
}

export interface RolloverPlan {
  fromYear: number
  toYear: number
  sheets: RolledSheet[]
}

/**
 * Plans copying `pkg`'s sheets of `fromYear` to the next year. `existing` are the sheets the next
 * year already has: a sheet of the same kind and name is not copied twice.
 */
export function planRollover(
  pkg: LedgerPackage,
  fromYear: number,
  existing: readonly Pick<Sheet, 'kind' | 'name'>[],
  newId: () => string,
): RolloverPlan {
  const toYear = fromYear + 1
  const sources = pkg.sheets.filter((s) => s.year === fromYear)
  const scores = scorePackage({ ...pkg, sheets: sources }, `${fromYear}-12-31`)
  const taken = new Set(existing.map((s) => `${s.kind}\u0000${s.name}`))
  return {
    fromYear,
    toYear,
    sheets: sources.map((source) => {
      const score = scores.sheets.find((s) => s.id === source.id)
      const byId = new Map(score?.indicators.map((i) => [i.id, i]))
      const name = renameForYear(source.name, fromYear, toYear)
      const rolled = source.indicators.map((ind) => ({ ind, ...lastYearOf(ind, byId.get(ind.id)) }))
      const duplicate = taken.has(`${source.kind}\u0000${name}`)
      return {
        sourceId: source.id,
        name,
        kind: source.kind,
        indicators: rolled.map(({ ind, lastYear, missing }) => ({
          name: ind.name,
          ...(lastYear !== undefined && { lastYear }),
          ...(missing && { missing }),
        })),
        sheet: duplicate
          ? null
          : {
              ...withoutOutcomes(source),
              id: newId(),
              year: toYear,
              name,
              status: 'draft',
              goals: [...source.goals],
              budget: { ...source.budget },
              funds: { ...source.funds },
              scoring: { ...source.scoring },
              indicators: rolled.map(({ ind, lastYear }) => nextIndicator(ind, lastYear, newId())),
            },
      }
    }),
  }
}

/** The sheet without what its year produced; only targets and the plan carry over. */
function withoutOutcomes(source: Sheet): Sheet {
  const copy = { ...source } as Sheet & Record<string, unknown>
  delete copy[GOAL_OUTCOMES_KEY]
  delete copy[REVIEW_COMMENT_KEY]
  return copy
}

/** "2025年预算工会经费" → "2026年预算工会经费"; a name without the year stays as it is. */
export function renameForYear(name: string, fromYear: number, toYear: number): string {
  return name.replaceAll(`${fromYear}年`, `${toYear}年`).replaceAll(`${fromYear} 年`, `${toYear} 年`)
}

function lastYearOf(ind: Indicator, score: IndicatorScore | undefined): Omit<RolledIndicator, 'name'> {
  if (score?.flags.includes('needsJudgement')) return { missing: 'needsJudgement' }
  if (!score || score.actual === null || score.flags.includes('noData')) return { missing: 'noData' }
  if (ind.target?.op === 'qualitative') return { lastYear: score.actual }
  const unit = ind.target ? ind.target.unit : ''
  return { lastYear: `${score.actual}${unit}` }
}

function nextIndicator(
  { lastYear: _old, ...rest }: Indicator,
  lastYear: string | undefined,
  id: string,
): Indicator {
  return {
    ...rest,
    id,
    ...(lastYear !== undefined && { lastYear }),
    ...(rest.plan && { plan: rest.plan.map((m) => ({ ...m })) }),
  }
}
