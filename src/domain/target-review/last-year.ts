// A target at or below 上年完成值 (正向), or above it (反向), asks for nothing more than last year did.
import { dec } from '../decimal'
import { parseTarget } from '../target-text'
import type { Indicator } from '../types'
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './types'

const sameUnit = (a: string, b: string) =>
  a === b || a === '' || b === '' || a.startsWith(b) || b.startsWith(a)

/**
 * True when `ind`'s target does not go beyond its lastYear. Not judged: qualitative targets or
 * last years, different units, cost lines (成本: they follow the budget, not an improvement), a rate
 * already at 100 %, and a rate held at or above `steadyRate` (95 % → 95 %).
 */
export function targetBelowLastYear(
  ind: Indicator,
  settings: Pick<ReviewSettings, 'steadyRate'> = DEFAULT_REVIEW_SETTINGS,
): boolean {
  const target = ind.target
  if (!target || target.op === 'qualitative' || !ind.lastYear?.trim()) return false
  if (ind.level1.includes('成本')) return false
  const last = parseTarget(ind.lastYear, ind.direction).target
  if (!last || last.op === 'qualitative' || !sameUnit(target.unit, last.unit)) return false
  const value = dec(target.value)
  const before = dec(last.value)
  const reverse =
    target.op === '<' || target.op === '<=' || (target.op === '=' && ind.direction === 'reverse')
  if (reverse) return value.gt(before)
  if (target.unit === '%' && (value.gte(100) || (value.eq(before) && value.gte(settings.steadyRate))))
    return false
  return target.op === '>' ? value.lt(before) : value.lte(before)
}
