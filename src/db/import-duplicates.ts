// Entries sent again under new ids: an incoming progress entry with the same unit, indicator, date,
// value and note as a live one here (spending: unit, sheet, date, amount and note) is a duplicate;
// the import skips it unless the user keeps duplicates. Compared on exact decimals ("2" = "2.00").
import { dec } from '@/domain/decimal'
import type { MergePlan } from '@/domain/exchange/merge-plan'
import type { LedgerDb } from './database'
import { live } from './write'

const noteOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const sameNumber = (a: unknown, b: unknown) => {
  try {
    return dec(String(a)).eq(dec(String(b)))
  } catch {
    return String(a) === String(b)
  }
}

export interface DuplicateCheck {
  added: MergePlan['records']
  /** Stored sheets the added entries go into: only their entries are read. */
  sheets: Set<string>
}

/** What there is to compare, or null when no added entry goes into a sheet stored here (nothing to read). */
export function duplicateCheck(
  plan: MergePlan,
  sheetOfIndicator: (indicatorId: string) => string | undefined,
  storedSheets: ReadonlySet<string>,
): DuplicateCheck | null {
  const added = plan.records.filter(
    (r) => r.outcome === 'add' && (r.record.table === 'progress' || r.record.table === 'spending'),
  )
  const sheets = new Set<string>()
  for (const { record } of added) {
    const sheetId =
      record.table === 'progress'
        ? sheetOfIndicator(record.content.indicatorId as string)
        : (record.content.sheetId as string)
    if (sheetId && storedSheets.has(sheetId)) sheets.add(sheetId)
  }
  return sheets.size === 0 ? null : { added, sheets }
}

/**
 * The keys (`progress/<id>`, `spending/<id>`) of the plan's added entries that repeat a live stored
 * entry. Ends on a database read (called only with something to read).
 */
export async function findDuplicates(db: LedgerDb, { added, sheets }: DuplicateCheck): Promise<Set<string>> {
  const out = new Set<string>()
  const progress = (
    await db.progress
      .where('sheetId')
      .anyOf([...sheets])
      .toArray()
  ).filter(live)
  const spending = (
    await db.spending
      .where('[sheetId+date]')
      .between([[...sheets].sort()[0], ''], [[...sheets].sort().at(-1), '\uffff'], true, true)
      .toArray()
  ).filter((e) => live(e) && sheets.has(e.sheetId))
  const key = (parts: unknown[]) => parts.map((p) => String(p)).join('\u0000')
  const progressByKey = new Map<string, (typeof progress)[number][]>()
  for (const e of progress) {
    const k = key([e.indicatorId, e.date, noteOf(e.note)])
    progressByKey.set(k, [...(progressByKey.get(k) ?? []), e])
  }
  const spendingByKey = new Map<string, (typeof spending)[number][]>()
  for (const e of spending) {
    const k = key([e.sheetId, e.date, noteOf(e.note)])
    spendingByKey.set(k, [...(spendingByKey.get(k) ?? []), e])
  }
  for (const { record } of added) {
    const c = record.content
    const hit =
      record.table === 'progress'
        ? progressByKey
            .get(key([c.indicatorId, c.date, noteOf(c.note)]))
            ?.some((e) => sameNumber(e.value, c.value))
        : spendingByKey
            .get(key([c.sheetId, c.date, noteOf(c.note)]))
            ?.some((e) => sameNumber(e.amount, c.amount))
    if (hit) out.add(`${record.table}/${record.key}`)
  }
  return out
}
