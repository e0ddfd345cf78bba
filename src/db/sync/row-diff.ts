// The top-level fields of `after` that differ from `before` (a field removed counts as null):
// what a whole-row put changed, as a patch.
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

export function rowDiff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key], after[key])) patch[key] = after[key] ?? null
  }
  return patch
}

/** Equal ignoring the fields every device stamps differently (when and by whom it was written). */
export function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = ({ createdAt, updatedAt, updatedBy, ...rest }: Record<string, unknown>) => {
    void createdAt
    void updatedAt
    void updatedBy
    return rest
  }
  return same(strip(a), strip(b))
}
