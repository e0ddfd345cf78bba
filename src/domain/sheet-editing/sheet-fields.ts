// The 绩效目标表 header form's draft: which fields are refused as typed, and which changed.
import { STORED_DECIMAL } from '@/domain/stored-decimal'
import type { Sheet } from '@/domain/types'

/** The sheet fields the header form edits (everything but the indicators). */
export type SheetFieldsDraft = Omit<Sheet, 'indicators'>

/** The header fields whose value is refused as typed, by key ("budget.initial", "name"). */
export function fieldErrors(draft: SheetFieldsDraft): Set<string> {
  const bad = new Set<string>()
  if (!draft.name.trim()) bad.add('name')
  if (!Number.isInteger(draft.year) || draft.year < 1900 || draft.year > 2999) bad.add('year')
  for (const key of ['budget.initial', 'budget.adjusted', 'funds.fiscal', 'funds.other'] as const) {
    const [group, field] = key.split('.') as ['budget' | 'funds', string]
    if (!STORED_DECIMAL.test(String(draft[group][field] ?? ''))) bad.add(key)
  }
  return bad
}

/** The header fields of a sheet, without its indicators and status. */
export function fieldsOf(sheet: Sheet): SheetFieldsDraft {
  const fields = ({ indicators: _i, status: _s, ...rest }: Sheet) => rest
  return structuredClone(fields(sheet))
}

/** The top-level header fields that differ, with their new values (undefined = cleared). */
export function changedFields(saved: SheetFieldsDraft, draft: SheetFieldsDraft): Record<string, unknown> {
  const keys = new Set([...Object.keys(saved), ...Object.keys(draft)])
  const changes: Record<string, unknown> = {}
  for (const key of keys) {
    if (key === 'id' || key === 'unitId' || key === 'status') continue
    const before = (saved as Record<string, unknown>)[key]
    const after = (draft as Record<string, unknown>)[key]
    // A cleared optional text (owner, contact) is saved as empty text.
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = after ?? ''
  }
  return changes
}
