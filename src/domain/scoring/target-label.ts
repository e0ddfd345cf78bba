import type { Indicator } from '../types'
import { formatTarget } from '../target-text/format'

/** ">=1次", "=100%", the qualitative wording; an unreadable target shows as published. */
export function indicatorTargetLabel(indicator: Pick<Indicator, 'target' | 'targetText'>): string {
  return indicator.target ? formatTarget(indicator.target) : indicator.targetText
}
