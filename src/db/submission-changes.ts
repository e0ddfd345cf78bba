// What changed in a sheet between its previous submission and the current one, read from the audit
// log: the reviewer of a sheet that was sent back (or withdrawn) and submitted again sees exactly
// what the owner touched in between, not the whole form once more.
import type { SheetStatus } from '@/domain/types'
import type { LedgerDb } from './database'
import type { AuditAction, AuditRow, Role } from './rows'

export interface SubmissionChange {
  at: string
  actorName: string
  actorRole: Role
  table: string
  action: AuditAction
  rowId: string
  /** The indicator's id the change concerns, where it has one (entries, judgements, deviations). */
  indicatorId?: string
  /** A field of the sheet itself that changed (goalOutcomes, owner …); only for table 'sheets'. */
  fields?: string[]
  /** The value or amount before and after, for entries and spending. */
  before?: string
  after?: string
}

const SHEET_TABLES = ['progress', 'spending', 'assessments', 'indicators', 'attachmentMeta'] as const

function statusOf(row: unknown): SheetStatus | undefined {
  return (row as { status?: SheetStatus } | null)?.status
}

function byTime(a: AuditRow, b: AuditRow): number {
  return a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1
}

function figureOf(row: unknown): string | undefined {
  const r = row as { value?: unknown; amount?: unknown; deletedAt?: unknown } | null
  if (!r || r.deletedAt) return undefined
  const v = r.value ?? r.amount
  return typeof v === 'string' ? v : undefined
}

/** Fields that only stamp a write, never a change of content. */
const STAMPS = new Set(['updatedAt', 'updatedBy', 'createdAt', 'status', 'reviewComment'])

function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !STAMPS.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort()
}

/**
 * The changes between the sheet's last two submissions, oldest first; [] when it was submitted
 * only once (or is not submitted now). Call inside a transaction or not.
 */
export async function changesSinceSubmission(db: LedgerDb, sheetId: string): Promise<SubmissionChange[]> {
  const own = (await db.audit.where('[table+rowId]').equals(['sheets', sheetId]).toArray()).sort(byTime)
  const submissions = own.filter((r) => statusOf(r.after) === 'submitted' && statusOf(r.before) !== 'submitted')
  if (submissions.length < 2) return []
  const current = submissions[submissions.length - 1]!
  const previous = submissions[submissions.length - 2]!
  const sheet = await db.sheets.get(sheetId)
  if (statusOf(sheet) !== 'submitted') return []

  const between = (await db.audit.where('at').between(previous.at, current.at, true, true).toArray())
    .filter((r) => r.id !== previous.id && r.id !== current.id)
    .sort(byTime)
  const changes: SubmissionChange[] = []
  for (const r of between) {
    const base = { at: r.at, actorName: r.actorName, actorRole: r.actorRole, table: r.table, action: r.action, rowId: r.rowId }
    if (r.table === 'sheets' && r.rowId === sheetId) {
      const fields = changedFields(r.before, r.after)
      if (fields.length) changes.push({ ...base, fields })
      continue
    }
    if (!(SHEET_TABLES as readonly string[]).includes(r.table)) continue
    const row = (r.after ?? r.before) as { sheetId?: string; indicatorId?: string } | null
    // An import logs one entry per sheet, under the sheet's id.
    const ofSheet = row?.sheetId === sheetId || r.rowId === sheetId
    if (!ofSheet) continue
    const before = figureOf(r.before)
    const after = figureOf(r.after)
    changes.push({
      ...base,
      ...(row?.indicatorId !== undefined && { indicatorId: row.indicatorId }),
      ...(before !== undefined && { before }),
      ...(after !== undefined && { after }),
    })
  }
  return changes
}
