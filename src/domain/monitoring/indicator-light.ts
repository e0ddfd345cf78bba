// The light of one quantitative indicator at the as-of date (docs/domain.md §4).
import type { Comparator, Light } from '../types'
import { Decimal, HUNDRED } from '../decimal'
import { indicatorBand } from './lights'
import { divideBy, type Ratio } from './ratio'

export interface LightReading {
  light: Light
  /** v of the bands (actual against what is due, × 100); null where the light is not a ratio. */
  value: Decimal | null
}

/** 反向 (≤, <): green while within the target, else red; v = actual / target × 100 for information. */
export function reverseLight(op: Comparator, target: Decimal, actual: Decimal): LightReading {
  const within = op === '<' ? actual.lt(target) : actual.lte(target)
  return { light: within ? 'green' : 'red', value: target.gt(0) ? actual.times(HUNDRED).div(target) : null }
}

/**
 * 正向, "=" and 满意度: v = actual / due × 100 in the bands red/yellow/green/blue, where `due` is
 * target × progress for a cumulative measure and the target itself for a reading.
 * A zero target is a yes/no matter (green when met, else red); nothing due yet is green, or
 * blue when something was already done.
 */
export function forwardLight(
  target: Decimal,
  due: Ratio,
  actual: Decimal,
  zeroTargetMet: boolean,
): LightReading {
  if (target.lte(0)) return { light: zeroTargetMet ? 'green' : 'red', value: null }
  if (due.num.lte(0)) return { light: actual.gt(0) ? 'blue' : 'green', value: null }
  const value = divideBy(actual.times(HUNDRED), due)
  return { light: indicatorBand(value), value }
}
