// The list a leader reads first: red and yellow lines (budget and indicators) with the reason recorded.
import type { SheetScore } from '../scoring/types'
import type { Deviation, Light } from '../types'

export interface AttentionItem {
  sheetId: string
  sheetName: string
  /** null for the sheet's budget line (预算执行率). */
  indicatorId: string | null
  name: string
  light: Extract<Light, 'red' | 'yellow'>
  /** v of the light (×100, 2 places), null where the light is not a ratio (定性, 反向 without target). */
  lightValue: string | null
  /** Budget: the execution rate (%); indicators: the actual. */
  actual: string | null
  /** Budget: the time progress (%); indicators: what should be done by now. */
  expected: string | null
  target: string
  deviation?: Deviation
}

const SEVERITY = { red: 0, yellow: 1 } as const

function byUrgency(a: AttentionItem, b: AttentionItem): number {
  if (a.light !== b.light) return SEVERITY[a.light] - SEVERITY[b.light]
  // Lower v means further behind; lines without a v come after those with one.
  const av = a.lightValue === null ? Infinity : Number(a.lightValue)
  const bv = b.lightValue === null ? Infinity : Number(b.lightValue)
  return av - bv
}

function isBehind(light: Light): light is 'red' | 'yellow' {
  return light === 'red' || light === 'yellow'
}

/** Every red or yellow line of the sheets, red first, the furthest behind first within a colour. */
export function attentionList(
  sheets: readonly SheetScore[],
  deviations: readonly Deviation[],
): AttentionItem[] {
  const reasons = new Map(deviations.map((d) => [d.indicatorId, d]))
  const items: AttentionItem[] = []
  for (const sheet of sheets) {
    const budget = sheet.budget
    if (isBehind(budget.light)) {
      items.push({
        sheetId: sheet.id,
        sheetName: sheet.name,
        indicatorId: null,
        name: '',
        light: budget.light,
        lightValue: budget.lightValue,
        actual: budget.rate,
        expected: budget.timeProgress,
        target: budget.basis,
      })
    }
    for (const indicator of sheet.indicators) {
      if (!isBehind(indicator.light)) continue
      const deviation = reasons.get(indicator.id)
      items.push({
        sheetId: sheet.id,
        sheetName: sheet.name,
        indicatorId: indicator.id,
        name: indicator.name,
        light: indicator.light,
        lightValue: indicator.lightValue,
        actual: indicator.actual,
        expected: indicator.expected,
        target: indicator.target,
        ...(deviation ? { deviation } : {}),
      })
    }
  }
  return items.sort(byUrgency)
}
