// What one audit entry changed, as short lines for the history list: "分值 15 → 20".
const IGNORED = new Set(['updatedAt', 'updatedBy', 'createdAt', 'deletedAt', 'id', 'unitId', 'sheetId'])

export interface FieldChange {
  field: string
  before: string
  after: string
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(show).join('；')
  const v = value as Record<string, unknown>
  if (v.op === 'qualitative') return String(v.text)
  if (typeof v.op === 'string' && 'value' in v) return `${v.op}${String(v.value)}${String(v.unit ?? '')}`
  return Object.entries(v)
    .map(([k, x]) => `${k} ${show(x)}`)
    .join('；')
}

export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return []
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k))
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
}
