// What an audit entry changed, field by field, for the history dialog.

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

/** The listed fields whose value differs between `before` and `after` (either may be null). */
export function changedFields(before: unknown, after: unknown, fields: readonly string[]): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }))
}
