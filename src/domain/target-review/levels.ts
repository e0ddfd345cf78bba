// Which part of the framework an indicator belongs to, by its level names (free text in real tables).
import type { Indicator } from '../types'

export type WeightGroup = 'output' | 'benefit' | 'satisfaction'

export const isSatisfaction = (ind: Indicator) => /满意/.test(`${ind.level1}${ind.level2}${ind.name}`)

/** 效益 in a project's framework, 社会效应 and its 效益 sub-levels in a department's. */
export const isBenefit = (ind: Indicator) => /效益|效应/.test(`${ind.level1}${ind.level2}`)

/** 数量 / 质量 / 时效: the lines whose target must be a number. */
export function outputKind(ind: Indicator): 'quantity' | 'quality' | 'timeliness' | null {
  if (ind.level2.includes('数量')) return 'quantity'
  if (ind.level2.includes('质量')) return 'quality'
  if (ind.level2.includes('时效')) return 'timeliness'
  return null
}

/** The split's groups: 成本 counts with 产出 (财预〔2020〕10号 lists 产出成本 under 产出指标). */
export function weightGroup(ind: Indicator): WeightGroup | null {
  if (isSatisfaction(ind)) return 'satisfaction'
  if (/效益|效应/.test(ind.level1)) return 'benefit'
  if (/产出|成本/.test(ind.level1)) return 'output'
  return null
}

/** A row marked not applicable ('/' with weight 0) is reviewed by nobody. */
export const isLive = (ind: Indicator) => Number.isFinite(ind.weight) && ind.weight > 0
