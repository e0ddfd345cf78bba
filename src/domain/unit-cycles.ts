// A unit tree has no loops: following parentId from any unit ends at a root. A unit that is its
// own parent, or two that are each other's, would make every walk up the tree run for ever.

/** The first loop found, as the ids along it (["a"] for a unit that is its own parent); null if none. */
export function findUnitCycle(units: readonly { id: string; parentId: string | null }[]): string[] | null {
  const parent = new Map(units.map((u) => [u.id, u.parentId]))
  const settled = new Set<string>()
  for (const { id } of units) {
    const path: string[] = []
    const onPath = new Set<string>()
    let at: string | null | undefined = id
    while (at != null && parent.has(at) && !settled.has(at)) {
      if (onPath.has(at)) return path.slice(path.indexOf(at))
      onPath.add(at)
      path.push(at)
      at = parent.get(at)
    }
    for (const p of path) settled.add(p)
  }
  return null
}

/** The loop as people read it: "a → b → a". */
export function cycleText(cycle: readonly string[]): string {
  return [...cycle, cycle[0]!].join(' → ')
}
