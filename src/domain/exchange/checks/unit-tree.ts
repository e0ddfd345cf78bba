// The units of a file form a tree: a loop of parents is refused (issue 16).
import type { LedgerPackage } from '../../types'
import { cycleText, findUnitCycle } from '../../unit-cycles'
import { error, type Issue } from '../issues'

export function checkUnitTree(pkg: LedgerPackage): Issue[] {
  const cycle = findUnitCycle(pkg.units)
  if (!cycle) return []
  const k = pkg.units.findIndex((u) => u.id === cycle[0])
  return [
    error(
      `units[${k}].parentId`,
      'unitCycle',
      `单位的上级关系成环（${cycleText(cycle)}）：单位不能是自己或自己下级的下级。`,
      `The units' parents form a loop (${cycleText(cycle)}): a unit cannot sit below itself.`,
    ),
  ]
}
