// The paragraphs people write for a sheet's 绩效自评报告 (domain/report). One row per sheet, written
// like every other row: permission, open sheet, audit entry, one transaction.
import { REPORT_TEXT_KEYS, type ReportTexts, type StoredReportTexts } from '@/domain/report/report-texts'
import type { SheetReportTexts } from '@/domain/types'
import { appendAudit, appendAuditBulk, nowIso } from './audit'
import type { LedgerDb } from './database'
import { ValidationError } from './errors'
import { assertSheetOpen } from './locks'
import { authorize } from './permissions'
import type { Actor, AuditAction, ReportTextsRow } from './rows'
import { writeTx } from './write'

/** Longest paragraph kept: a report section is a page or two, not a book. */
export const MAX_REPORT_TEXT = 20000

export async function getReportTexts(db: LedgerDb, sheetId: string): Promise<Partial<ReportTexts>> {
  const row = await db.reportTexts.get(sheetId)
  return row && row.deletedAt === null ? cleanTexts(row.texts) : {}
}

/** Only the known keys, only strings, blanks dropped (a blank prints the drafted default). */
function cleanTexts(texts: Partial<Record<string, unknown>>): Partial<ReportTexts> {
  const out: Partial<ReportTexts> = {}
  for (const key of REPORT_TEXT_KEYS) {
    const t = texts[key]
    if (typeof t === 'string' && t.trim() !== '') out[key] = t
  }
  return out
}

export async function saveReportTexts(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  texts: Partial<ReportTexts>,
): Promise<Partial<ReportTexts>> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'assessment.self')
    const sheet = await assertSheetOpen(db, sheetId)
    for (const key of REPORT_TEXT_KEYS) {
      if ((texts[key]?.length ?? 0) > MAX_REPORT_TEXT)
        throw new ValidationError(key, {
          zh: `每段文字不超过 ${MAX_REPORT_TEXT} 字。`,
          en: `Keep each paragraph under ${MAX_REPORT_TEXT} characters.`,
        })
    }
    const clean = cleanTexts(texts)
    const before = (await db.reportTexts.get(sheetId)) ?? null
    const now = nowIso()
    const row: ReportTextsRow = {
      id: sheetId,
      unitId: sheet.unitId,
      texts: clean,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      updatedBy: who.id,
      deletedAt: null,
    }
    await appendAudit(
      db,
      who,
      {
        table: 'reportTexts',
        rowId: sheetId,
        unitId: sheet.unitId,
        action: before ? 'update' : 'create',
        before,
        after: row,
      },
      now,
    )
    await db.reportTexts.put(row)
    return clean
  })
}

/** Every sheet's stored paragraphs among the sheets given, for the exchange file. */
export async function reportTextsOf(db: LedgerDb, sheetIds: readonly string[]): Promise<StoredReportTexts[]> {
  const rows = await db.reportTexts.bulkGet([...sheetIds])
  return rows
    .filter((r): r is ReportTextsRow => r !== undefined && r.deletedAt === null)
    .map((r) => ({ sheetId: r.id, texts: cleanTexts(r.texts) }))
    .filter((r) => Object.keys(r.texts).length > 0)
}

/**
 * An exchange file's paragraphs, inside the import's transaction. Additive: a sheet that already has
 * paragraphs here keeps them (what was written on this device is not overwritten by a file), a sheet
 * this database does not hold is skipped. Returns how many sheets got paragraphs.
 */
export async function importReportTexts(
  db: LedgerDb,
  actor: Actor,
  list: readonly SheetReportTexts[],
  action: Extract<AuditAction, 'import' | 'seed'>,
): Promise<number> {
  const ids = list.map((r) => r.sheetId)
  const [have, sheets] = await Promise.all([db.reportTexts.bulkGet(ids), db.sheets.bulkGet(ids)])
  const now = nowIso()
  const rows: ReportTextsRow[] = []
  list.forEach((r, i) => {
    const sheet = sheets[i]
    const texts = cleanTexts(r.texts)
    if (have[i] || !sheet || Object.keys(texts).length === 0) return
    rows.push({
      id: r.sheetId,
      unitId: sheet.unitId,
      texts,
      createdAt: now,
      updatedAt: now,
      updatedBy: actor.id,
      deletedAt: null,
    })
  })
  if (rows.length === 0) return 0
  await appendAuditBulk(
    db,
    actor,
    rows.map((row) => ({
      table: 'reportTexts',
      rowId: row.id,
      unitId: row.unitId,
      action,
      before: null,
      after: row,
    })),
    now,
  )
  await db.reportTexts.bulkAdd(rows)
  return rows.length
}
