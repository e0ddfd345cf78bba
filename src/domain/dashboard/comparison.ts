// Several units side by side (after imports): one row per unit, filterable by parent unit.
import { worstLight } from '../monitoring/lights'
import type { Grade } from '../scoring/grade'
import type { SheetScore } from '../scoring/types'
import type { Light, Sheet, Unit } from '../types'

export interface ComparisonRow {
  unitId: string
  unitName: string
  parentId: string | null
  sheetCount: number
  /**
   * The sheet whose figures stand for the unit: its 部门整体 sheet (the whole budget and the
   * unit's duties), else its first sheet; null when the unit has no sheet that year.
   */
  sheetId: string | null
  score: string | null
  max: string | null
  projected: string | null
  grade: Grade | null
  /** 执行率 of that sheet, %. */
  rate: string | null
  /** Worst light over all of the unit's sheets. */
  light: Light
}

/** The unit and everything below it. */
export function unitsUnder(units: readonly Unit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const unit of units) {
    if (unit.parentId === null) continue
    const list = children.get(unit.parentId)
    if (list) list.push(unit.id)
    else children.set(unit.parentId, [unit.id])
  }
  const found = new Set<string>()
  const stack = [rootId]
  while (stack.length) {
    const id = stack.pop()!
    if (found.has(id)) continue
    found.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return found
}

/** Parents before their children (depth first), siblings and roots in the given order; a unit in a parentId cycle comes last. */
export function treeOrder(units: readonly Unit[]): Unit[] {
  const ids = new Set(units.map((u) => u.id))
  const children = new Map<string | null, Unit[]>()
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null
    const list = children.get(parent)
    if (list) list.push(unit)
    else children.set(parent, [unit])
  }
  const ordered: Unit[] = []
  const seen = new Set<string>()
  const visit = (unit: Unit) => {
    if (seen.has(unit.id)) return
    seen.add(unit.id)
    ordered.push(unit)
    for (const child of children.get(unit.id) ?? []) visit(child)
  }
  for (const root of children.get(null) ?? []) visit(root)
  for (const unit of units) visit(unit)
  return ordered
}

/** Units that have at least one child: the choices of the "parent unit" filter. */
export function parentUnits(units: readonly Unit[]): Unit[] {
  const parents = new Set(units.map((u) => u.parentId).filter((id): id is string => id !== null))
  return units.filter((u) => parents.has(u.id))
}

/**
 * One row per unit, parents before their children (treeOrder). `sheets` and `scores` are the engine's input and output for
 * the same year (matched by sheet id). With `under`, only that unit and its descendants.
 */
export function comparisonRows(
  units: readonly Unit[],
  sheets: readonly Pick<Sheet, 'id' | 'unitId' | 'kind'>[],
  scores: readonly SheetScore[],
  under?: string,
): ComparisonRow[] {
  const scoreById = new Map(scores.map((s) => [s.id, s]))
  const byUnit = new Map<string, SheetScore[]>()
  const headline = new Map<string, SheetScore>()
  for (const sheet of sheets) {
    const score = scoreById.get(sheet.id)
    if (!score) continue
    const list = byUnit.get(sheet.unitId)
    if (list) list.push(score)
    else byUnit.set(sheet.unitId, [score])
    const current = headline.get(sheet.unitId)
    if (!current || (sheet.kind === 'department' && current.kind !== 'department'))
      headline.set(sheet.unitId, score)
  }
  const keep = under ? unitsUnder(units, under) : null
  return treeOrder(units)
    .filter((unit) => !keep || keep.has(unit.id))
    .map((unit) => {
      const main = headline.get(unit.id)
      const all = byUnit.get(unit.id) ?? []
      return {
        unitId: unit.id,
        unitName: unit.name,
        parentId: unit.parentId,
        sheetCount: all.length,
        sheetId: main?.id ?? null,
        score: main?.total ?? null,
        max: main?.max ?? null,
        projected: main?.projected ?? null,
        grade: main?.grade ?? null,
        rate: main?.budget.rate ?? null,
        light: worstLight(all.map((s) => s.light)),
      }
    })
}
