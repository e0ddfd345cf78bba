// Traffic lights of 绩效运行监控 (docs/domain.md §4).
import type { Light, Tier } from '../types'
import { Decimal } from '../decimal'
import { OVERSPENT } from '../vocabulary'

const RED_BELOW = new Decimal(60)
const GREEN_FROM = new Decimal(80)
const BLUE_FROM = new Decimal(120)

/** Budget: red < 60 ≤ yellow < 80 ≤ green. There is no "ahead of plan" for spending. */
export function budgetBand(v: Decimal): Light {
  if (v.lt(RED_BELOW)) return 'red'
  if (v.lt(GREEN_FROM)) return 'yellow'
  return 'green'
}

const OVERSPENT_ABOVE = new Decimal(OVERSPENT.aboveRate)

/** 超支: 执行率 (%) above 100. 100.00 % exactly is the whole budget, not over it. */
export function isOverspent(rate: Decimal): boolean {
  return rate.gt(OVERSPENT_ABOVE)
}

/** Indicators: red < 60 ≤ yellow < 80 ≤ green < 120 ≤ blue (ahead of plan). */
export function indicatorBand(v: Decimal): Light {
  if (v.gte(BLUE_FROM)) return 'blue'
  return budgetBand(v)
}

export function tierLight(tier: Tier | undefined): Light {
  if (tier === '达成') return 'green'
  if (tier === '部分达成') return 'yellow'
  if (tier === '未达成') return 'red'
  return 'none'
}

const SEVERITY: Record<Light, number> = { none: -1, blue: 0, green: 1, yellow: 2, red: 3 }

/** A sheet's light is its worst light; "none" (not judged yet) is ignored unless every light is none. */
export function worstLight(lights: Iterable<Light>): Light {
  let worst: Light = 'none'
  for (const light of lights) if (SEVERITY[light] > SEVERITY[worst]) worst = light
  return worst
}
