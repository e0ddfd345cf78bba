// Indicators nobody has logged anything against for a while (the "are we still recording?" check).
import { Decimal, ZERO } from '../decimal'
import type { Indicator, LedgerPackage } from '../types'
import { daysBetween } from './days'

export interface StaleIndicator {
  sheetId: string
  indicatorId: string
  name: string
  /** Date of the latest entry on or before the as-of date; null when there is none. */
  lastEntry: string | null
  /** Days from the latest entry (or from 1 January when there is none) to the as-of date. */
  days: number
}

/**
 * A count that has reached its target (划拨工会经费次数 1 of ≥1) needs no more entries. Readings
 * (合规率, 满意度) are taken again however good the last one was, and a ceiling (≤, <) is never done.
 */
function targetReached(indicator: Indicator, total: Decimal | undefined): boolean {
  const target = indicator.target
  if (!total || indicator.measure !== 'cumulative' || !target || target.op === 'qualitative') return false
  const value = new Decimal(target.value)
  if (value.lte(0)) return false
  if (target.op === '>') return total.gt(value)
  return (target.op === '>=' || target.op === '=') && total.gte(value)
}

/**
 * Quantitative, applicable indicators not yet at their target whose latest entry is at least `days` days before the as-of
 * date. With no entry at all the count starts on 1 January, so a year that has just begun is not
 * flagged. Nothing is flagged before the sheet's year starts.
 */
export function staleIndicators(pkg: LedgerPackage, asOf: string, days: number): StaleIndicator[] {
  const latest = new Map<string, string>()
  const totals = new Map<string, Decimal>()
  for (const entry of pkg.progress) {
    if (entry.date > asOf) continue
    const seen = latest.get(entry.indicatorId)
    if (!seen || entry.date > seen) latest.set(entry.indicatorId, entry.date)
    totals.set(entry.indicatorId, (totals.get(entry.indicatorId) ?? ZERO).plus(entry.value))
  }
  const dropped = new Set(pkg.notApplicable.map((n) => n.indicatorId))
  const result: StaleIndicator[] = []
  for (const sheet of pkg.sheets) {
    const yearStart = `${String(sheet.year).padStart(4, '0')}-01-01`
    if (asOf < yearStart) continue
    for (const indicator of sheet.indicators) {
      if (indicator.target?.op === 'qualitative' || dropped.has(indicator.id)) continue
      if (targetReached(indicator, totals.get(indicator.id))) continue
      const last = latest.get(indicator.id) ?? null
      const since = daysBetween(last ?? yearStart, asOf)
      if (since >= days) {
        result.push({
          sheetId: sheet.id,
          indicatorId: indicator.id,
          name: indicator.name,
          lastEntry: last,
          days: since,
        })
      }
    }
  }
  return result.sort((a, b) => b.days - a.days)
}
