// A locked sheet (reviewed and closed) refuses every change to its entries, targets and
// judgements; so does a submitted one (frozen for its reviewer), except for the reviewer's own
// overrides and not-applicable marks. Checked inside the write transaction, so a status change
// that lands first wins.
import type { LedgerDb } from './database'
import { LockedError, RecordNotFoundError, SubmittedError } from './errors'
import type { IndicatorRow, SheetRow } from './rows'

export async function liveSheet(db: LedgerDb, sheetId: string): Promise<SheetRow> {
  const sheet = await db.sheets.get(sheetId)
  if (!sheet || sheet.deletedAt) throw new RecordNotFoundError('sheets', sheetId)
  return sheet
}

export interface OpenCheck {
  /** The reviewer's own changes (overrides, not-applicable marks), allowed while the sheet is submitted. */
  review?: boolean
}

export async function assertSheetOpen(db: LedgerDb, sheetId: string, opts: OpenCheck = {}): Promise<SheetRow> {
  const sheet = await liveSheet(db, sheetId)
  if (sheet.status === 'locked') throw new LockedError(sheet.id, sheet.name)
  if (sheet.status === 'submitted' && !opts.review) throw new SubmittedError(sheet.id, sheet.name)
  return sheet
}

export async function liveIndicator(db: LedgerDb, indicatorId: string): Promise<IndicatorRow> {
  const ind = await db.indicators.get(indicatorId)
  if (!ind || ind.deletedAt) throw new RecordNotFoundError('indicators', indicatorId)
  return ind
}

/** The indicator, after checking that its sheet is open. */
export async function openIndicator(
  db: LedgerDb,
  indicatorId: string,
  opts: OpenCheck = {},
): Promise<IndicatorRow> {
  const ind = await liveIndicator(db, indicatorId)
  await assertSheetOpen(db, ind.sheetId, opts)
  return ind
}
