// Editing indicators in memory before anything is saved: a new blank row, a target typed as text,
// reordering, and the smallest set of writes that turns the saved list into the edited one.
import { parseTarget } from '../target-text'
import type { Direction, Indicator, Measure } from '../types'

export function blankIndicator(id: string, level1 = '', level2 = ''): Indicator {
  return { id, level1, level2, name: '', target: null, targetText: '', weight: 0, measure: 'cumulative' }
}

/** The indicator with a new 指标值 text, read as it is typed; the measure follows a % unit. */
export function withTargetText(ind: Indicator, text: string): Indicator {
  // A cleared cell is a target still to be written, not a 定性 one: it stays unreadable (null).
  const target = text.trim() === '' ? null : parseTarget(text, ind.direction).target
  const wasDefault = ind.measure === defaultMeasure(ind)
  const next = { ...ind, targetText: text, target }
  return wasDefault ? { ...next, measure: defaultMeasure(next) } : next
}

/** 正向/反向 set by hand: the target text is read again, so a bare "3%" turns into ≥ or ≤ 3 %. */
export function withDirection(ind: Indicator, direction: Direction | undefined): Indicator {
  const next: Indicator = { ...ind, direction }
  if (direction === undefined) delete next.direction
  return ind.targetText.trim() === '' ? next : withTargetText(next, ind.targetText)
}

export function defaultMeasure(ind: Pick<Indicator, 'target'>): Measure {
  return ind.target && ind.target.op !== 'qualitative' && ind.target.unit === '%' ? 'latest' : 'cumulative'
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list]
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item!)
  return out
}

export interface IndicatorWrites {
  added: { indicator: Indicator; order: number }[]
  changed: { id: string; changes: Partial<Indicator> & { order?: number } }[]
  removed: string[]
}

const FIELDS: readonly (keyof Indicator)[] = [
  'level1',
  'level2',
  'name',
  'target',
  'targetText',
  'direction',
  'weight',
  'rule',
  'measure',
  'basis',
  'lastYear',
  'evidence',
  'plan',
]

/** The writes from the saved indicators (in order) to the edited ones. */
export function indicatorWrites(saved: readonly Indicator[], edited: readonly Indicator[]): IndicatorWrites {
  const before = new Map(saved.map((ind, order) => [ind.id, { ind, order }]))
  const writes: IndicatorWrites = { added: [], changed: [], removed: [] }
  edited.forEach((ind, order) => {
    const old = before.get(ind.id)
    if (!old) {
      writes.added.push({ indicator: ind, order })
      return
    }
    const changes: Record<string, unknown> = {}
    for (const key of FIELDS) {
      // A cleared optional field is written as empty, so that the change survives a plain copy.
      if (JSON.stringify(old.ind[key]) !== JSON.stringify(ind[key]))
        changes[key] = ind[key] ?? (key === 'plan' ? [] : '')
    }
    if (old.order !== order) changes.order = order
    if (Object.keys(changes).length > 0) writes.changed.push({ id: ind.id, changes })
  })
  const kept = new Set(edited.map((i) => i.id))
  writes.removed = saved.filter((i) => !kept.has(i.id)).map((i) => i.id)
  return writes
}
