// A stored row as exchange content: without the db layer's metadata (and the fields a table derives),
// shared by the export and by the import's comparison of stored and incoming rows.
const META_KEYS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'updatedBy', 'deletedAt'])

/**
 * The row without the db layer's metadata and the derived fields given. Object.keys, not entries:
 * one array per row instead of one per field (a unit-year is some 600 rows, read again after every
 * entry, and the garbage showed up as collections during the recompute).
 */
export function strip(row: object, derived: readonly string[]): Record<string, unknown> {
  const fields = row as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(fields)) {
    const v = fields[k]
    if (v !== undefined && !META_KEYS.has(k) && !derived.includes(k)) out[k] = v
  }
  return out
}
