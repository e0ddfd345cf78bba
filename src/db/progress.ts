import type { ProgressEntry } from '@/domain/types'
import { byDateThenId } from '@/domain/entry/entry-order'
import { newId } from '@/domain/ids'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { hashEvidence, writeEvidence, type EvidenceUpload, type SavedEntry } from './evidence'
import { assertSheetOpen, openIndicator } from './locks'
import { authorize } from './permissions'
import { guardQuota } from './storage'
import type { Actor, ProgressRow } from './rows'
import { assertDate, assertDecimal, assertId } from './validate'
import { insertRow, live, patchRow, pick, restoreRow, softDeleteRow, writeTx, type NewRow } from './write'

export interface ProgressQuery {
  indicatorId?: string
  sheetId?: string
  unitId?: string
  /** Inclusive, YYYY-MM-DD */
  from?: string
  /** Inclusive, YYYY-MM-DD */
  to?: string
  includeDeleted?: boolean
}

const MIN_DATE = '0000-00-00'
const MAX_DATE = '9999-99-99'

/** Entries in date order (then id: creation order within a day). */
export async function listProgress(db: LedgerDb, q: ProgressQuery): Promise<ProgressRow[]> {
  const from = q.from ?? MIN_DATE
  const to = q.to ?? MAX_DATE
  let rows: ProgressRow[]
  // Progress is indexed by sheet only (schema v2): an indicator's or a unit's entries are read
  // through the sheets that hold them.
  const inDates = (r: ProgressRow) => r.date >= from && r.date <= to
  if (q.indicatorId !== undefined) {
    const indicator = await db.indicators.get(q.indicatorId)
    rows = indicator
      ? (await db.progress.where('sheetId').equals(indicator.sheetId).toArray()).filter(
          (r) => r.indicatorId === q.indicatorId && inDates(r),
        )
      : []
  } else if (q.sheetId !== undefined) {
    rows = (await db.progress.where('sheetId').equals(q.sheetId).toArray()).filter(inDates)
  } else if (q.unitId !== undefined) {
    const sheetIds = await db.sheets
      .where('[unitId+year]')
      .between([q.unitId, -Infinity], [q.unitId, Infinity])
      .primaryKeys()
    rows = (await db.progress.where('sheetId').anyOf(sheetIds).toArray()).filter(
      (r) => r.unitId === q.unitId && inDates(r),
    )
  } else {
    throw new ValidationError('query', {
      zh: '请指定指标、目标表或单位。',
      en: 'Give an indicatorId, sheetId or unitId.',
    })
  }
  if (q.sheetId !== undefined) rows = rows.filter((r) => r.sheetId === q.sheetId)
  if (q.unitId !== undefined) rows = rows.filter((r) => r.unitId === q.unitId)
  return rows.filter((r) => q.includeDeleted || live(r)).sort(byDateThenId)
}

export function validateProgress(e: ProgressEntry, field = 'progress'): void {
  assertId(e.id, `${field}.id`)
  assertId(e.indicatorId, `${field}.indicatorId`)
  assertDate(e.date, `${field}.date`)
  assertDecimal(e.value, `${field}.value`)
}

export function progressRowFrom(e: ProgressEntry, sheetId: string, unitId: string): NewRow<ProgressRow> {
  validateProgress(e)
  return { ...e, sheetId, unitId }
}

export type NewProgress = Omit<ProgressEntry, 'id'> & { id?: string }

/**
 * A progress entry and its evidence files (none by default), all or nothing: the entry, every
 * file and every audit entry in one transaction.
 */
export async function addProgress(
  db: LedgerDb,
  actor: Actor,
  entry: NewProgress,
  files: readonly EvidenceUpload[] = [],
): Promise<SavedEntry<ProgressRow>> {
  const hashes = await hashEvidence(files)
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'progress.write')
      if (files.length) await authorize(db, actor, 'attachment.write')
      const saved = await insertProgress(db, who, entry)
      const owner = { kind: 'progress' as const, id: saved.id, unitId: saved.unitId, sheetId: saved.sheetId }
      return { entry: saved, attachments: await writeEvidence(db, who, owner, files, hashes) }
    }),
  )
}

/** Many progress entries (a pasted month), all or nothing: one refused row writes none. */
export async function addProgressBatch(
  db: LedgerDb,
  actor: Actor,
  entries: readonly NewProgress[],
): Promise<ProgressRow[]> {
  return guardQuota(() =>
    writeTx(db, async () => {
      const who = await authorize(db, actor, 'progress.write')
      const out: ProgressRow[] = []
      for (const entry of entries) out.push(await insertProgress(db, who, entry))
      return out
    }),
  )
}

/** Inside a write transaction, by an authorized profile: the entry's sheet must be open. */
async function insertProgress(db: LedgerDb, who: Actor, entry: NewProgress): Promise<ProgressRow> {
  const ind = await openIndicator(db, entry.indicatorId)
  const row = progressRowFrom(
    { ...entry, id: entry.id ?? newId(), by: entry.by ?? who.name },
    ind.sheetId,
    ind.unitId,
  )
  return insertRow<ProgressRow>(db, who, 'progress', row)
}

export type ProgressChanges = Partial<Pick<ProgressEntry, 'date' | 'value' | 'note' | 'by'>>

export async function updateProgress(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: ProgressChanges,
): Promise<ProgressRow> {
  const picked = pick(changes, ['date', 'value', 'note', 'by'])
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'progress.write')
    const row = await db.progress.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    return patchRow<ProgressRow>(db, who, 'progress', id, picked, {
      validate: (after) => validateProgress(after),
    })
  })
}

export async function deleteProgress(db: LedgerDb, actor: Actor, id: string, reason?: string): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'progress.write')
    const row = await db.progress.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    await softDeleteRow(db, who, 'progress', id, reason)
  })
}

export async function restoreProgress(db: LedgerDb, actor: Actor, id: string): Promise<ProgressRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'progress.write')
    const row = await db.progress.get(id)
    if (row) await assertSheetOpen(db, row.sheetId)
    return restoreRow<ProgressRow>(db, who, 'progress', id)
  })
}
