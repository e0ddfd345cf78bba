import type { Indicator, Sheet, SheetStatus } from '@/domain/types'
import { newId } from '@/domain/ids'
import { FUND_SOURCES } from '@/domain/vocabulary'
import type { LedgerDb } from './database'
import { RecordNotFoundError, ValidationError } from './errors'
import { indicatorRowFrom, listIndicators } from './indicators'
import { assertSheetOpen, liveSheet } from './locks'
import { computeSealWithParts } from './seal'
import { authorize, type Action } from './permissions'
import type { Actor, IndicatorRow, SheetRow } from './rows'
import { getUnit } from './units'
import { assertId, assertMoneyRecord, assertOneOf, assertText, assertYear } from './validate'
import { insertRow, live, patchRow, restoreRow, softDeleteRow, writeTx, type NewRow } from './write'

export type SheetWithIndicators = SheetRow & { indicators: IndicatorRow[] }

export const SHEET_STATUSES: readonly SheetStatus[] = ['draft', 'submitted', 'locked']

export async function listSheets(db: LedgerDb, q: { unitId: string; year?: number }): Promise<SheetRow[]> {
  const coll =
    q.year === undefined
      ? db.sheets.where('[unitId+year]').between([q.unitId, -Infinity], [q.unitId, Infinity])
      : db.sheets.where('[unitId+year]').equals([q.unitId, q.year])
  const rows = (await coll.toArray()).filter(live)
  // Department sheet first, then projects in id order: the order of the published forms.
  return rows.sort(
    (a, b) =>
      a.year - b.year || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'department' ? -1 : 1),
  )
}

export async function getSheet(db: LedgerDb, id: string): Promise<SheetWithIndicators | undefined> {
  const sheet = await db.sheets.get(id)
  if (!sheet || !live(sheet)) return undefined
  return { ...sheet, indicators: await listIndicators(db, id) }
}

/** Years with at least one sheet for the unit, ascending. */
export async function listYears(db: LedgerDb, unitId: string): Promise<number[]> {
  const rows = await db.sheets
    .where('[unitId+year]')
    .between([unitId, -Infinity], [unitId, Infinity])
    .toArray()
  return [...new Set(rows.filter(live).map((r) => r.year))].sort((a, b) => a - b)
}

export function validateSheet(s: Omit<Sheet, 'indicators'>, field = 'sheet'): void {
  assertId(s.id, `${field}.id`)
  assertId(s.unitId, `${field}.unitId`)
  assertYear(s.year, `${field}.year`)
  assertOneOf(s.kind, ['department', 'project'] as const, `${field}.kind`)
  assertText(s.name, `${field}.name`)
  if (!Array.isArray(s.goals) || s.goals.some((g) => typeof g !== 'string')) {
    throw new ValidationError(`${field}.goals`, {
      zh: '绩效目标必须是文字列表。',
      en: 'goals must be a list of text.',
    })
  }
  assertMoneyRecord(s.budget, ['initial', 'adjusted'], `${field}.budget`)
  assertMoneyRecord(s.funds, ['fiscal', 'other'], `${field}.funds`)
  const sources = s.budget.sources
  if (sources !== undefined) {
    for (const key of FUND_SOURCES) {
      if (sources[key] !== undefined) {
        assertMoneyRecord(sources[key], ['initial', 'adjusted'], `${field}.budget.sources.${key}`)
      }
    }
  }
  if (!s.scoring || typeof s.scoring !== 'object') {
    throw new ValidationError(`${field}.scoring`, {
      zh: '缺少评分设置。',
      en: 'scoring must be an object ({} for defaults).',
    })
  }
  if (s.status !== undefined) assertOneOf(s.status, SHEET_STATUSES, `${field}.status`)
}

/** Splits a domain sheet into its row and indicator rows; extra keys of the sheet are kept. */
export function sheetRowsFrom(sheet: Sheet): { sheet: NewRow<SheetRow>; indicators: NewRow<IndicatorRow>[] } {
  const { indicators, ...rest } = sheet
  validateSheet(rest)
  const row = { ...rest, status: rest.status ?? 'draft' } as NewRow<SheetRow>
  return {
    sheet: row,
    indicators: indicators.map((ind, i) => indicatorRowFrom(ind, sheet.id, sheet.unitId, i)),
  }
}

export type NewSheet = Omit<Sheet, 'id' | 'indicators' | 'status'> & {
  id?: string
  indicators: (Omit<Indicator, 'id'> & { id?: string })[]
}

/** A new sheet with its indicators, e.g. from the parser; starts as a draft. */
export async function createSheet(db: LedgerDb, actor: Actor, input: NewSheet): Promise<SheetWithIndicators> {
  const sheet: Sheet = {
    ...input,
    id: input.id ?? newId(),
    status: 'draft',
    indicators: input.indicators.map((ind) => ({ ...ind, id: ind.id ?? newId() })),
  }
  const rows = sheetRowsFrom(sheet)
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    if (!(await getUnit(db, sheet.unitId))) throw new RecordNotFoundError('units', sheet.unitId)
    const saved = await insertRow<SheetRow>(db, who, 'sheets', rows.sheet)
    const inds: IndicatorRow[] = []
    for (const r of rows.indicators) inds.push(await insertRow<IndicatorRow>(db, who, 'indicators', r))
    return { ...saved, indicators: inds }
  })
}

export type SheetChanges = Partial<
  Omit<SheetRow, 'id' | 'unitId' | 'status' | keyof import('./rows').RowMeta>
> &
  Record<string, unknown>

/** Edits targets (name, goals, budget, funds, scoring, owner …); status goes through setSheetStatus. */
export async function updateSheet(
  db: LedgerDb,
  actor: Actor,
  id: string,
  changes: SheetChanges,
): Promise<SheetRow> {
  if ('status' in changes || 'indicators' in changes) {
    throw new ValidationError('status', {
      zh: '状态请用 setSheetStatus 修改，指标请用 updateIndicator 修改。',
      en: 'Change status with setSheetStatus and indicators with updateIndicator.',
    })
  }
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    await assertSheetOpen(db, id)
    return patchRow<SheetRow>(db, who, 'sheets', id, changes, { validate: (after) => validateSheet(after) })
  })
}

/**
 * draft → submitted (录入员/管理员), submitted → draft (退回), → locked (审核 only),
 * locked → anything (审核, reason required). Audited with the reason.
 */
export async function setSheetStatus(
  db: LedgerDb,
  actor: Actor,
  sheetId: string,
  status: SheetStatus,
  reason?: string,
): Promise<SheetRow> {
  assertOneOf(status, SHEET_STATUSES, 'status')
  return writeTx(db, async () => {
    const sheet = await liveSheet(db, sheetId)
    if (sheet.status === status) return sheet
    let action: Action
    if (sheet.status === 'locked') {
      action = 'sheet.unlock'
      assertText(reason, 'reason')
    } else if (status === 'locked') action = 'sheet.lock'
    else if (status === 'submitted') action = 'sheet.submit'
    else {
      action = 'sheet.return'
      // Sent back from review: the owner is told why (a withdrawal is withdrawSheet, audited as such).
      if (sheet.status === 'submitted') assertText(reason, 'reason')
    }
    const who = await authorize(db, actor, action)
    const sealed = status === 'locked' ? await computeSealWithParts(db, sheet) : null
    return patchRow<SheetRow>(db, who, 'sheets', sheetId, { status }, {
      reason,
      seal: sealed?.seal,
      sealParts: sealed?.parts,
    })
  })
}

export async function deleteSheet(db: LedgerDb, actor: Actor, id: string, reason?: string): Promise<void> {
  await writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    await assertSheetOpen(db, id)
    await softDeleteRow(db, who, 'sheets', id, reason)
  })
}

export async function restoreSheet(db: LedgerDb, actor: Actor, id: string): Promise<SheetRow> {
  return writeTx(db, async () => {
    const who = await authorize(db, actor, 'target.edit')
    return restoreRow<SheetRow>(db, who, 'sheets', id)
  })
}
